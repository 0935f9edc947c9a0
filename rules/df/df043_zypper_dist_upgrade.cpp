// DF043 zypper-dist-upgrade: RUN upgrades the whole distribution with zypper dist-upgrade
#include <memory>
#include <string>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "rules/df/package_commands.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF043",
      .name = "zypper-dist-upgrade",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3035"},
      .kinds = {InputKind::kDockerfile},
      .summary = "RUN upgrades the whole distribution with zypper dist-upgrade",
      .details = "Fires on `zypper dist-upgrade` or `zypper dup` in a RUN.",
      .rationale = "A distribution upgrade inside a build changes the base wholesale, differently "
                   "on every build; a newer base image is the reproducible way.",
      .bad_example = "FROM opensuse/leap:15.6\nRUN zypper -n dup\n",
      .good_example = "FROM opensuse/leap:15.6\nRUN zypper -n install -y curl=8.6.0 && zypper "
                      "clean\n",
      .fix = "Use a newer base image tag; install only what you need.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class ZypperDistUpgradeRule : public RuleBase {
 public:
  ZypperDistUpgradeRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("RUN")) continue;
      for (const df::PackageCommand& pc : df::PackageCommands(ins))
        if (pc.manager == df::PackageManager::kZypper &&
            (pc.subcommand == "dist-upgrade" || pc.subcommand == "dup"))
          emit.Report(*this, pc.ManagerSpan(),
                      "zypper " + pc.subcommand +
                          " upgrades the whole distribution; use a newer base image");
    }
  }
};

}  // namespace

Status MakeDF043(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ZypperDistUpgradeRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
