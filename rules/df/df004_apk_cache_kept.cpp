// DF004 apk-cache-kept: `apk add` without --no-cache in a shipped stage keeps the index.
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
      .id = "DF004",
      .name = "apk-cache-kept",
      .level = Level::kNote,
      .aliases = {"hadolint:DL3019"},
      .kinds = {InputKind::kDockerfile},
      .summary = "`apk add` without `--no-cache` leaves the package index in the layer",
      .details =
          "Fires on `apk add` (options before or after `add`) without `--no-cache` in a stage "
          "that ships (the final stage and the stages it is built FROM). Exempt, as hadolint "
          "exempts them: a `RUN --mount=type=cache` (or tmpfs) at /var/cache/apk or "
          "/etc/apk/cache; and, where hadolint would still report, a RUN that removes "
          "/var/cache/apk itself (`rm -rf /var/cache/apk/*`), which leaves nothing behind.",
      .rationale = "Without `--no-cache`, apk stores the repository index under /var/cache/apk: "
                   "a few MB on a 7 MB alpine base, shipped in every image built on it.",
      .bad_example = "FROM alpine:3.20\nRUN apk add curl\n",
      .good_example = "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
      .fix = "Write `apk add --no-cache ...` (it also makes `apk update` unnecessary).",
      .example_path = "Dockerfile",
      .tags = {"size", "dockerfile"},
  };
}

class ApkCacheKeptRule : public RuleBase {
 public:
  ApkCacheKeptRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ForEachShippedCommand(
        doc, [&](const dockerfile::Instruction& run, const df::PackageCommand& cmd) {
          if (cmd.manager != df::PackageManager::kApk || !cmd.IsInstall()) return;
          if (cmd.HasFlag({"no-cache"})) return;
          if (df::MountsCacheAt(run, {"/var/cache/apk", "/etc/apk/cache"}) ||
              df::RemovesDir(run, {"/var/cache/apk"}))
            return;
          emit.Report(*this, cmd.ManagerSpan(),
                      "`apk add` without `--no-cache` leaves the package index in /var/cache/apk; "
                      "write `apk add --no-cache`");
        });
  }
};

}  // namespace

Status MakeDF004(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ApkCacheKeptRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
