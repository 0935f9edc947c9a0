// DF009 yarn-cache-kept: `yarn install` in a shipped stage without `yarn cache clean`.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "rules/df/layer_cleanup.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF009",
      .name = "yarn-cache-kept",
      .level = Level::kNote,
      .aliases = {"hadolint:DL3060"},
      .kinds = {InputKind::kDockerfile},
      .summary = "A RUN installs with yarn and leaves yarn's cache in the layer (no `yarn cache "
                 "clean`)",
      .details =
          "Fires on `yarn install`, bare `yarn`, `yarn add` and `yarn global add` in a stage "
          "that ships (the final stage and the stages it is built FROM) when the same RUN "
          "neither runs `yarn cache clean` nor removes the cache folder (`rm -rf "
          "/usr/local/share/.cache/yarn`, `~/.cache/yarn`, `~/.yarn/berry/cache`, `$(yarn "
          "cache dir)`). A `RUN --mount=type=cache` (or tmpfs) at one of those folders is "
          "exempt, as in hadolint.",
      .rationale = "Yarn keeps a copy of every package tarball in its global cache, often as "
                   "big as node_modules itself.",
      .bad_example = "FROM node:20-slim\nCOPY package.json yarn.lock ./\nRUN yarn install "
                     "--frozen-lockfile --production\n",
      .good_example = "FROM node:20-slim\nCOPY package.json yarn.lock ./\nRUN yarn install "
                      "--frozen-lockfile --production && yarn cache clean\n",
      .fix = "End the RUN with `&& yarn cache clean`, or mount a cache: `RUN "
             "--mount=type=cache,target=/usr/local/share/.cache/yarn yarn install ...`.",
      .example_path = "Dockerfile",
      .tags = {"size", "dockerfile"},
  };
}

class YarnCacheKeptRule : public RuleBase {
 public:
  YarnCacheKeptRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ForEachShippedCommand(
        doc, [&](const dockerfile::Instruction& run, const df::PackageCommand& cmd) {
          if (cmd.manager != df::PackageManager::kYarn || !cmd.IsInstall()) return;
          const df::PackageFlag* dir = cmd.FindFlag("cache-folder");
          if (dir && dir->has_value && df::RemovesDir(run, {dir->value})) return;
          if (df::RunsClean(run, df::PackageManager::kYarn, true, {}) ||
              df::RemovesDir(run, {"/usr/local/share/.cache/yarn", "/root/.cache/yarn",
                                   "/root/.yarn/berry/cache", "$(yarn cache dir)"}) ||
              df::MountsCacheAt(run, {"/usr/local/share/.cache/yarn", "/root/.cache/yarn",
                                      "/root/.yarn/berry/cache"}))
            return;
          emit.Report(*this, cmd.ManagerSpan(),
                      "`yarn" + (cmd.subcommand.empty() ? std::string() : " " + cmd.subcommand) +
                          "` leaves yarn's cache in this layer; end the RUN with `&& yarn cache "
                          "clean`");
        });
  }
};

}  // namespace

Status MakeDF009(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<YarnCacheKeptRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
