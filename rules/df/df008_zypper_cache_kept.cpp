// DF008 zypper-cache-kept: zypper installs in a shipped stage without `zypper clean`.
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
      .id = "DF008",
      .name = "zypper-cache-kept",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3036"},
      .kinds = {InputKind::kDockerfile},
      .summary = "A RUN installs with zypper and leaves its cache in the layer (no `zypper "
                 "clean`)",
      .details =
          "Fires on `zypper install` / `in` (also update, up, patch, dist-upgrade, dup) in a "
          "stage that ships (the final stage and the stages it is built FROM) when the same RUN "
          "neither runs `zypper clean` / `zypper cc` nor removes /var/cache/zypp. A `RUN "
          "--mount=type=cache` (or tmpfs) at /var/cache/zypp is exempt: nothing stays in the "
          "layer.",
      .rationale = "zypper keeps repository metadata and downloaded packages under "
                   "/var/cache/zypp; cleaning in a later RUN does not shrink the layer that "
                   "already holds it.",
      .bad_example = "FROM opensuse/leap:15.6\nRUN zypper -n install curl\n",
      .good_example = "FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean -a\n",
      .fix = "End the RUN with `&& zypper clean -a`.",
      .example_path = "Dockerfile",
      .tags = {"size", "dockerfile"},
  };
}

bool ZypperFillsCache(const df::PackageCommand& cmd) {
  const std::string& s = cmd.subcommand;
  return cmd.IsInstall() || s == "update" || s == "up" || s == "patch" || s == "dist-upgrade" ||
         s == "dup";
}

class ZypperCacheKeptRule : public RuleBase {
 public:
  ZypperCacheKeptRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ForEachShippedCommand(doc, [&](const dockerfile::Instruction& run,
                                       const df::PackageCommand& cmd) {
      if (cmd.manager != df::PackageManager::kZypper || !ZypperFillsCache(cmd)) return;
      if (df::RunsClean(run, df::PackageManager::kZypper, false, {}) ||
          df::RemovesDir(run, {"/var/cache/zypp"}) || df::MountsCacheAt(run, {"/var/cache/zypp"}))
        return;
      emit.Report(*this, cmd.ManagerSpan(),
                  "`zypper " + cmd.subcommand +
                      "` leaves its cache (/var/cache/zypp) in this "
                      "layer; end the RUN with `&& zypper clean -a`");
    });
  }
};

}  // namespace

Status MakeDF008(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ZypperCacheKeptRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
