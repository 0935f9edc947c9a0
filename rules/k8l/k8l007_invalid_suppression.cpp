#include "rules/k8l/k8l007_invalid_suppression.h"

#include <memory>

#include "linter/core/config.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"

namespace k8slint::rules {

Status MakeK8L007(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RuleBase>(RuleMeta{
      .id = kInvalidSuppression,
      .name = "invalid-suppression",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {InputKind::kDockerfile, InputKind::kManifest, InputKind::kValues, InputKind::kChart,
                InputKind::kEnv, InputKind::kPowerShell, InputKind::kMarkdown},
      .summary = "A suppression is malformed or misplaced, so it silences nothing",
      .details = "Reported for an expiry date that is not an existing day written "
                 "YYYY-MM-DD (`until=2027-02-30`, `until=next-week`), an unknown option "
                 "(`untill=`), a suppression that names no rules, `k8slint ignore` followed by "
                 "something other than `=`, `-file=` or `-stage=`, an `ignore-file=` below the "
                 "file's leading comments, an `ignore-stage=` that is not directly above a "
                 "Dockerfile FROM, and a `container.k8slint.io/<name>` annotation naming no "
                 "container of the pod. Such a suppression silences nothing.",
      .rationale = "A malformed suppression fails in the direction nobody notices: the author "
                   "believes a finding is handled, or a typo in the date makes a temporary "
                   "exception permanent. Failing closed and saying so keeps both visible.",
      .bad_example = "FROM python:3.12-slim\n"
                     "# k8slint ignore=NR002 until=2027-02-30 -- waiting for upstream\n"
                     "USER root\n",
      .good_example = "FROM python:3.12-slim\n"
                      "# k8slint ignore=NR002 until=2027-02-28 -- waiting for upstream\n"
                      "USER root\n",
      .fix = "Correct the date or option, or move the comment where its scope applies "
             "(see docs/suppressions.md).",
      .example_path = "Dockerfile",
      .tags = {"correctness"},
  });
  return Status::Ok();
}

void ReportInvalidSuppression(const Registry& registry, Emitter& emit, Span span,
                              const std::string& message) {
  for (const Rule* r : registry.Resolve(kInvalidSuppression)) emit.Report(*r, span, message);
}

}  // namespace k8slint::rules
