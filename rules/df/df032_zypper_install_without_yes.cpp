// DF032 zypper-install-without-yes: Install with zypper that does not answer yes (-n, -y)
#include <memory>
#include <string>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "rules/df/assume_yes.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF032",
      .name = "zypper-install-without-yes",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3034"},
      .kinds = {InputKind::kDockerfile},
      .summary = "Install with zypper that does not answer yes (-n, -y)",
      .details = "Fires on `zypper install/in/remove/rm/source-install/si/patch` without "
                 "`--non-interactive`, `--no-confirm`. `-n` may come before the subcommand.",
      .rationale = "Without it the package manager asks for confirmation; with no terminal the "
                   "answer is no, so the build fails (or, for some tools, hangs).",
      .bad_example = "FROM opensuse/leap:15.6\nRUN zypper install curl && zypper clean\n",
      .good_example = "FROM opensuse/leap:15.6\nRUN zypper install -y curl && zypper clean\n",
      .fix = "Add `--non-interactive`.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class ZypperInstallWithoutYesRule : public RuleBase {
 public:
  ZypperInstallWithoutYesRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ReportMissingYes(*this, doc, emit, {df::PackageManager::kZypper},
                         {"install", "in", "remove", "rm", "source-install", "si", "patch"},
                         {"non-interactive", "no-confirm", "n", "y"}, "-n");
  }
};

}  // namespace

Status MakeDF032(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ZypperInstallWithoutYesRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
