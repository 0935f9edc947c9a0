// DF033 dnf-install-without-yes: Install with dnf that does not answer yes (-y)
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
      .id = "DF033",
      .name = "dnf-install-without-yes",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3038"},
      .kinds = {InputKind::kDockerfile},
      .summary = "Install with dnf that does not answer yes (-y)",
      .details = "Fires on `dnf install/groupinstall/localinstall/reinstall` without "
                 "`--assumeyes`. `microdnf` too.",
      .rationale = "Without it the package manager asks for confirmation; with no terminal the "
                   "answer is no, so the build fails (or, for some tools, hangs).",
      .bad_example = "FROM rockylinux:9\nRUN dnf install httpd && dnf clean all\n",
      .good_example = "FROM rockylinux:9\nRUN dnf install -y httpd && dnf clean all\n",
      .fix = "Add `--assumeyes`.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class DnfInstallWithoutYesRule : public RuleBase {
 public:
  DnfInstallWithoutYesRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ReportMissingYes(
        *this, doc, emit, {df::PackageManager::kDnf, df::PackageManager::kMicrodnf},
        {"install", "groupinstall", "localinstall", "reinstall"}, {"assumeyes", "y"}, "-y");
  }
};

}  // namespace

Status MakeDF033(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<DnfInstallWithoutYesRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
