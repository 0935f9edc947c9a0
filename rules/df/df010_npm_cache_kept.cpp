// DF010 npm-cache-kept: `npm install` / `npm ci` in a shipped stage keeps ~/.npm.
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
      .id = "DF010",
      .name = "npm-cache-kept",
      .level = Level::kNote,
      .aliases = {},
      .kinds = {InputKind::kDockerfile},
      .summary = "A RUN installs with npm and leaves npm's cache (~/.npm) in the layer",
      .details =
          "Fires on `npm install`, `npm i`, `npm add` and `npm ci` in a stage that ships (the "
          "final stage and the stages it is built FROM) when the same RUN neither runs `npm "
          "cache clean --force` nor removes ~/.npm (`rm -rf /root/.npm`, `~/.npm/_cacache`), "
          "and no `RUN --mount=type=cache` (or tmpfs) is at ~/.npm. hadolint has no rule for "
          "npm's cache; DL3060 is the yarn equivalent.",
      .rationale = "npm keeps every tarball it fetched under ~/.npm/_cacache; after `npm ci` "
                   "that is tens to hundreds of MB the running app never reads.",
      .bad_example = "FROM node:20-slim\nCOPY package.json package-lock.json ./\nRUN npm ci "
                     "--omit=dev\n",
      .good_example = "FROM node:20-slim\nCOPY package.json package-lock.json ./\nRUN npm ci "
                      "--omit=dev && npm cache clean --force\n",
      .fix = "End the RUN with `&& npm cache clean --force`, mount a cache (`RUN "
             "--mount=type=cache,target=/root/.npm npm ci`), or install in a build stage and "
             "copy node_modules across.",
      .example_path = "Dockerfile",
      .tags = {"size", "dockerfile"},
  };
}

class NpmCacheKeptRule : public RuleBase {
 public:
  NpmCacheKeptRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ForEachShippedCommand(doc, [&](const dockerfile::Instruction& run,
                                       const df::PackageCommand& cmd) {
      if (cmd.manager != df::PackageManager::kNpm || !cmd.IsInstall()) return;
      // `npm ci --cache /tmp/npm && rm -rf /tmp/npm` keeps nothing either.
      const df::PackageFlag* dir = cmd.FindFlag("cache");
      if (dir && dir->has_value && df::RemovesDir(run, {dir->value})) return;
      if (df::RunsClean(run, df::PackageManager::kNpm, true, {}) ||
          df::RemovesDir(run, {"/root/.npm/_cacache"}) || df::MountsCacheAt(run, {"/root/.npm"}))
        return;
      emit.Report(*this, cmd.ManagerSpan(),
                  "`npm " + cmd.subcommand +
                      "` leaves npm's cache (~/.npm) in this layer; end "
                      "the RUN with `&& npm cache clean --force`");
    });
  }
};

}  // namespace

Status MakeDF010(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<NpmCacheKeptRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
