// DF068 zypper-package-unpinned: Package installed with zypper without a version
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
      .id = "DF068",
      .name = "zypper-package-unpinned",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3037"},
      .kinds = {InputKind::kDockerfile},
      .summary = "Package installed with zypper without a version",
      .details = "Fires on `zypper install` (`in`) when a package has no `=<version>` (or `<`, "
                 "`>`, `>=`); local `.rpm` files and paths count as pinned. Arguments with an "
                 "unresolved `$VARIABLE` are not judged. One finding per command, at its first "
                 "unpinned package.",
      .rationale = "An unpinned install takes whatever version the index holds on the day of the "
                   "build, so two builds of the same commit can differ and a bad release reaches "
                   "production without a code change.",
      .bad_example = "FROM opensuse/leap:15.6\nRUN zypper install -y curl && zypper clean\n",
      .good_example = "FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean\n",
      .fix = "Write `package=<version>`.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

bool ZypperPinned(const df::PackageCommand&, std::string_view arg) {
  return arg.find_first_of("=<>") != std::string_view::npos || df::IsPathOrFile(arg, ".rpm");
}

class ZypperPackageUnpinnedRule : public RuleBase {
 public:
  ZypperPackageUnpinnedRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ReportUnpinned(*this, doc, emit, {df::PackageManager::kZypper}, ZypperPinned,
                       "pin with `package=<version>`");
  }
};

}  // namespace

Status MakeDF068(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ZypperPackageUnpinnedRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
