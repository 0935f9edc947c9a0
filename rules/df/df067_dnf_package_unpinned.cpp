// DF067 dnf-package-unpinned: Package installed with dnf without a version
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
      .id = "DF067",
      .name = "dnf-package-unpinned",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3041"},
      .kinds = {InputKind::kDockerfile},
      .summary = "Package installed with dnf without a version",
      .details = "Fires on `dnf install` when a package has no `-<version>` (`httpd-2.4.57`) or "
                 "`=`/`<`/`>` constraint; local `.rpm` files, paths, `@group` and `module:stream` "
                 "specs count as pinned. `microdnf` too. Arguments with an unresolved `$VARIABLE` "
                 "are not judged. One finding per command, at its first unpinned package.",
      .rationale = "An unpinned install takes whatever version the index holds on the day of the "
                   "build, so two builds of the same commit can differ and a bad release reaches "
                   "production without a code change.",
      .bad_example = "FROM rockylinux:9\nRUN dnf install -y httpd && dnf clean all\n",
      .good_example = "FROM rockylinux:9\nRUN dnf install -y httpd-2.4.57 && dnf clean all\n",
      .fix = "Write `<package>-<version>`.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

bool DnfPinned(const df::PackageCommand&, std::string_view arg) {
  return df::HasDashDigit(arg) || arg.find_first_of("=<>:") != std::string_view::npos ||
         arg.front() == '@' || df::IsPathOrFile(arg, ".rpm");
}

class DnfPackageUnpinnedRule : public RuleBase {
 public:
  DnfPackageUnpinnedRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ReportUnpinned(*this, doc, emit, {df::PackageManager::kDnf, df::PackageManager::kMicrodnf},
                       DnfPinned, "pin with `package-<version>`");
  }
};

}  // namespace

Status MakeDF067(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<DnfPackageUnpinnedRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
