// DF065 go-install-unpinned: Go package installed without @version
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
      .id = "DF065",
      .name = "go-install-unpinned",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3062"},
      .kinds = {InputKind::kDockerfile},
      .summary = "Go package installed without @version",
      .details = "Fires on `go install` (and `go get`) of a remote package without `@<version>`; "
                 "local packages (`.`, `./...`, paths) are built from the source and are fine. "
                 "Arguments with an unresolved `$VARIABLE` are not judged. One finding per "
                 "command, at its first unpinned package.",
      .rationale = "An unpinned install takes whatever version the index holds on the day of the "
                   "build, so two builds of the same commit can differ and a bad release reaches "
                   "production without a code change.",
      .bad_example = "FROM golang:1.22\nRUN go install github.com/go-delve/delve/cmd/dlv\n",
      .good_example = "FROM golang:1.22\nRUN go install "
                      "github.com/go-delve/delve/cmd/dlv@v1.23.1\n",
      .fix = "Write `<package>@<version>` (a tag or a commit), not `@latest`.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

bool GoPinned(const df::PackageCommand&, std::string_view arg) {
  if (arg.front() == '.' || arg.front() == '/') return true;
  const size_t at = arg.find('@');
  return at != std::string_view::npos && arg.substr(at + 1) != "latest";
}

class GoInstallUnpinnedRule : public RuleBase {
 public:
  GoInstallUnpinnedRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ReportUnpinned(*this, doc, emit, {df::PackageManager::kGo}, GoPinned,
                       "pin with `<package>@<version>`");
  }
};

}  // namespace

Status MakeDF065(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<GoInstallUnpinnedRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
