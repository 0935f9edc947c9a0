// DF062 pip-package-unpinned: Package installed with pip without a version
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
      .id = "DF062",
      .name = "pip-package-unpinned",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3013"},
      .kinds = {InputKind::kDockerfile},
      .summary = "Package installed with pip without a version",
      .details = "Fires on `pip install` when a package has no version specifier (`==`, `>=`, "
                 "`~=`, `<`, `!=`, `@ url`); requirement files (`-r`), constraints, local paths, "
                 "archives, wheels and VCS or URL requirements count as pinned. Arguments with an "
                 "unresolved `$VARIABLE` are not judged. One finding per command, at its first "
                 "unpinned package.",
      .rationale = "An unpinned install takes whatever version the index holds on the day of the "
                   "build, so two builds of the same commit can differ and a bad release reaches "
                   "production without a code change.",
      .bad_example = "FROM python:3.12-slim\nRUN pip install --no-cache-dir gunicorn\n",
      .good_example = "FROM python:3.12-slim\nRUN pip install --no-cache-dir gunicorn==22.0.0\n",
      .fix = "Pin it (`gunicorn==22.0.0`), or list it in a requirements file with versions and "
             "install with `-r`.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

bool PipPinned(const df::PackageCommand&, std::string_view arg) {
  if (arg.find_first_of("=<>@!~") != std::string_view::npos ||
      arg.find("://") != std::string_view::npos)
    return true;
  return df::IsPathOrFile(arg, ".whl") || df::IsPathOrFile(arg, ".tar.gz") ||
         df::IsPathOrFile(arg, ".zip");
}

class PipPackageUnpinnedRule : public RuleBase {
 public:
  PipPackageUnpinnedRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ReportUnpinned(*this, doc, emit, {df::PackageManager::kPip}, PipPinned,
                       "pin with `package==<version>` or install from a requirements file");
  }
};

}  // namespace

Status MakeDF062(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<PipPackageUnpinnedRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
