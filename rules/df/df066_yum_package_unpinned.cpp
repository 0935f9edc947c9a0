// DF066 yum-package-unpinned: Package installed with yum without a version
#include <memory>
#include <string_view>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "rules/df/pinning.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF066",
      .name = "yum-package-unpinned",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3033"},
      .kinds = {InputKind::kDockerfile},
      .summary = "Package installed with yum without a version",
      .details = "Fires on `yum install` when a package has no `-<version>` (`httpd-2.4.57`) or "
                 "`=`/`<`/`>` constraint; local `.rpm` files, paths, `@group` and `module:stream` "
                 "specs count as pinned. Arguments with an unresolved `$VARIABLE` are not judged. "
                 "One finding per command, at its first unpinned package.",
      .rationale = "An unpinned install takes whatever version the index holds on the day of the "
                   "build, so two builds of the same commit can differ and a bad release reaches "
                   "production without a code change.",
      .bad_example = "FROM centos:7\nRUN yum install -y httpd && yum clean all\n",
      .good_example = "FROM centos:7\nRUN yum install -y httpd-2.4.57 && yum clean all\n",
      .fix = "Write `<package>-<version>`.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

bool YumPinned(const df::PackageCommand&, std::string_view arg) {
  return df::HasDashDigit(arg) || arg.find_first_of("=<>:") != std::string_view::npos ||
         arg.front() == '@' || df::IsPathOrFile(arg, ".rpm");
}

class YumPackageUnpinnedRule : public RuleBase {
 public:
  YumPackageUnpinnedRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ReportUnpinned(*this, doc, emit, {df::PackageManager::kYum}, YumPinned,
                       "pin with `package-<version>`");
  }
};

}  // namespace

Status MakeDF066(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<YumPackageUnpinnedRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
