// DF011 apt-recommends-installed: `apt-get install` in a shipped stage pulls in recommended
// packages.
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
      .id = "DF011",
      .name = "apt-recommends-installed",
      .level = Level::kNote,
      .aliases = {"hadolint:DL3015"},
      .kinds = {InputKind::kDockerfile},
      .summary = "`apt-get install` without `--no-install-recommends` installs recommended "
                 "packages too",
      .details =
          "Fires on `apt-get install` (and `apt install`) without `--no-install-recommends` in "
          "a stage that ships (the final stage and the stages it is built FROM). Also accepted: "
          "`-o APT::Install-Recommends=false` (or `=0`) on the command, and an earlier RUN or "
          "COPY of the stage that configures apt (a line naming `Install-Recommends`, or a file "
          "copied into apt.conf.d). hadolint reports every stage; a builder stage's extra "
          "packages never reach the image, so k8slint does not.",
      .rationale = "Recommends are optional extras: `apt-get install curl` on Debian also "
                   "pulls in ca-certificates and friends, `python3-pip` pulls in a compiler "
                   "toolchain of a few hundred MB.",
      .bad_example = "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl \\\n"
                     "    && rm -rf /var/lib/apt/lists/*\n",
      .good_example = "FROM debian:12-slim\nRUN apt-get update && apt-get install -y "
                      "--no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\n",
      .fix = "Add `--no-install-recommends` and name the few recommended packages you need "
             "(often ca-certificates).",
      .example_path = "Dockerfile",
      .tags = {"size", "dockerfile"},
  };
}

bool SaysNoRecommends(const df::PackageCommand& cmd) {
  if (cmd.HasFlag({"no-install-recommends"})) return true;
  for (const df::PackageFlag& f : cmd.flags)
    if ((f.name == "o" || f.name == "option") &&
        (f.value == "APT::Install-Recommends=false" || f.value == "APT::Install-Recommends=0"))
      return true;
  return false;
}

class AptRecommendsRule : public RuleBase {
 public:
  AptRecommendsRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ForEachShippedCommand(
        doc, [&](const dockerfile::Instruction& run, const df::PackageCommand& cmd) {
          if (cmd.manager != df::PackageManager::kAptGet && cmd.manager != df::PackageManager::kApt)
            return;
          if (!cmd.IsInstall() || SaysNoRecommends(cmd)) return;
          if (df::EarlierMentions(doc, run, "Install-Recommends") ||
              df::EarlierMentions(doc, run, "apt.conf.d"))
            return;
          emit.Report(*this, cmd.ManagerSpan(),
                      "`" + cmd.spelling +
                          " install` without `--no-install-recommends` also "
                          "installs recommended packages; add `--no-install-recommends`");
        });
  }
};

}  // namespace

Status MakeDF011(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<AptRecommendsRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
