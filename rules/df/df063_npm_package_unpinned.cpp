// DF063 npm-package-unpinned: Package installed with npm without a version
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
      .id = "DF063",
      .name = "npm-package-unpinned",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3016"},
      .kinds = {InputKind::kDockerfile},
      .summary = "Package installed with npm without a version",
      .details = "Fires on `npm install` (`i`, `add`) when a package has no `@<version>` (a "
                 "scoped `@scope/name` needs a second `@`); paths, tarballs, URLs and git specs "
                 "(`github:`, `git+`) count as pinned. `npm install` and `npm ci` without "
                 "packages install the lockfile and are fine. Arguments with an unresolved "
                 "`$VARIABLE` are not judged. One finding per command, at its first unpinned "
                 "package.",
      .rationale = "An unpinned install takes whatever version the index holds on the day of the "
                   "build, so two builds of the same commit can differ and a bad release reaches "
                   "production without a code change.",
      .bad_example = "FROM node:20-slim\nRUN npm install -g pnpm\n",
      .good_example = "FROM node:20-slim\nRUN npm install -g pnpm@9.12.1\n",
      .fix = "Write `name@<version>`; for the app's own dependencies use `npm ci` with a lockfile.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

bool NpmPinned(const df::PackageCommand&, std::string_view arg) {
  if (arg.find("://") != std::string_view::npos || arg.find(':') != std::string_view::npos)
    return true;
  if (df::IsPathOrFile(arg, ".tgz") && arg.front() != '@') return true;
  return arg.find('@', 1) != std::string_view::npos;
}

class NpmPackageUnpinnedRule : public RuleBase {
 public:
  NpmPackageUnpinnedRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ReportUnpinned(*this, doc, emit, {df::PackageManager::kNpm}, NpmPinned,
                       "pin with `name@<version>`");
  }
};

}  // namespace

Status MakeDF063(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<NpmPackageUnpinnedRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
