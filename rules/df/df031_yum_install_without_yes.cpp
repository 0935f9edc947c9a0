// DF031 yum-install-without-yes: Install with yum that does not answer yes (-y)
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
      .id = "DF031",
      .name = "yum-install-without-yes",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3030"},
      .kinds = {InputKind::kDockerfile},
      .summary = "Install with yum that does not answer yes (-y)",
      .details = "Fires on `yum install/groupinstall/localinstall/reinstall` without "
                 "`--assumeyes`.",
      .rationale = "Without it the package manager asks for confirmation; with no terminal the "
                   "answer is no, so the build fails (or, for some tools, hangs).",
      .bad_example = "FROM centos:7\nRUN yum install httpd && yum clean all\n",
      .good_example = "FROM centos:7\nRUN yum install -y httpd && yum clean all\n",
      .fix = "Add `--assumeyes`.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class YumInstallWithoutYesRule : public RuleBase {
 public:
  YumInstallWithoutYesRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ReportMissingYes(*this, doc, emit, {df::PackageManager::kYum},
                         {"install", "groupinstall", "localinstall", "reinstall"},
                         {"assumeyes", "y"}, "-y");
  }
};

}  // namespace

Status MakeDF031(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<YumInstallWithoutYesRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
