// DF060 apt-package-unpinned: Package installed with apt-get without a version
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
      .id = "DF060",
      .name = "apt-package-unpinned",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3008"},
      .kinds = {InputKind::kDockerfile},
      .summary = "Package installed with apt-get without a version",
      .details = "Fires on `apt-get install` (or `apt install`) when a package has no "
                 "`=<version>`; a `/<release>` target and local `.deb` files count as pinned, as "
                 "in hadolint. Arguments with an unresolved `$VARIABLE` are not judged. One "
                 "finding per command, at its first unpinned package.",
      .rationale = "An unpinned install takes whatever version the index holds on the day of the "
                   "build, so two builds of the same commit can differ and a bad release reaches "
                   "production without a code change.",
      .bad_example = "FROM debian:12-slim\nRUN apt-get update && apt-get install -y "
                     "--no-install-recommends curl\n",
      .good_example = "FROM debian:12-slim\nRUN apt-get update && apt-get install -y "
                      "--no-install-recommends curl=7.88.1-10+deb12u8\n",
      .fix = "Write `package=<version>` (`apt-cache policy <package>` shows the candidates).",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

bool AptPinned(const df::PackageCommand&, std::string_view arg) {
  return arg.find('=') != std::string_view::npos || df::IsPathOrFile(arg, ".deb");
}

class AptPackageUnpinnedRule : public RuleBase {
 public:
  AptPackageUnpinnedRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ReportUnpinned(*this, doc, emit, {df::PackageManager::kAptGet, df::PackageManager::kApt},
                       AptPinned, "pin with `package=<version>`");
  }
};

}  // namespace

Status MakeDF060(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<AptPackageUnpinnedRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
