#include "rules/k8l/k8l003_unknown_suppression_target.h"

#include <memory>

#include "linter/core/config.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"

namespace k8slint::rules {

Status MakeK8L003(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RuleBase>(RuleMeta{
      .id = kUnknownSuppressionTarget,
      .name = "unknown-suppression-target",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {},
      .summary = "A `k8slint ignore=` comment names a rule that does not exist",
      .details = "Each entry of a `# k8slint ignore=A,B` comment (also `ignore-file=`, "
                 "`ignore-stage=`, and the `ignore-check.k8slint.io/<rule>` and "
                 "`container.k8slint.io/<container>` annotations) must be a rule id, name, "
                 "alias or family prefix known to this version. Unknown entries usually are "
                 "typos and suppress nothing. Entries of `# hadolint ignore=` that k8slint has "
                 "no equivalent for are hadolint's business and are not reported.",
      .rationale = "A typo in a suppression leaves the finding in place at best and, after a "
                   "rename, hides nothing while looking as if it does.",
      .bad_example = "# k8slint ignore=NR999\nFROM python:3.12-slim\nUSER 10001\n",
      .good_example = "# k8slint ignore=NR001\nFROM python:3.12-slim\n",
      .fix = "Use an id from `k8slint rules`, or remove the comment.",
      .example_path = "Dockerfile",
      .tags = {"correctness"},
  });
  return Status::Ok();
}

}  // namespace k8slint::rules
