// DF061 apk-package-unpinned: Package installed with apk without a version
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
      .id = "DF061",
      .name = "apk-package-unpinned",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3018"},
      .kinds = {InputKind::kDockerfile},
      .summary = "Package installed with apk without a version",
      .details = "Fires on `apk add` when a package has no `=<version>` (also `~=`, `>`, `<`); "
                 "local `.apk` files and paths count as pinned. The name given to `--virtual` is "
                 "not a package. Arguments with an unresolved `$VARIABLE` are not judged. One "
                 "finding per command, at its first unpinned package.",
      .rationale = "An unpinned install takes whatever version the index holds on the day of the "
                   "build, so two builds of the same commit can differ and a bad release reaches "
                   "production without a code change.",
      .bad_example = "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
      .good_example = "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\n",
      .fix = "Write `package=<version>` (or `package~=<major.minor>` to take patch releases).",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

bool ApkPinned(const df::PackageCommand&, std::string_view arg) {
  return arg.find_first_of("=<>") != std::string_view::npos || df::IsPathOrFile(arg, ".apk");
}

class ApkPackageUnpinnedRule : public RuleBase {
 public:
  ApkPackageUnpinnedRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ReportUnpinned(*this, doc, emit, {df::PackageManager::kApk}, ApkPinned,
                       "pin with `package=<version>`");
  }
};

}  // namespace

Status MakeDF061(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ApkPackageUnpinnedRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
