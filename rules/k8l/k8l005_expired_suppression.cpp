#include "rules/k8l/k8l005_expired_suppression.h"

#include <memory>

#include "linter/core/config.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"

namespace k8slint::rules {

Status MakeK8L005(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RuleBase>(RuleMeta{
      .id = kExpiredSuppression,
      .name = "expired-suppression",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {InputKind::kDockerfile, InputKind::kManifest, InputKind::kValues, InputKind::kChart,
                InputKind::kEnv, InputKind::kPowerShell, InputKind::kMarkdown},
      .summary = "A suppression's `until=` date has passed, so it no longer silences anything",
      .details = "A suppression may carry an expiry date: `# k8slint ignore=NR002 "
                 "until=2027-01-31 -- reason`. It applies through that day (UTC) and from the "
                 "next day on silences nothing: the findings it hid are reported again, and "
                 "this finding points at the date. The same holds for `ignore-file=`, "
                 "`ignore-stage=` and the `k8slint.io` annotations. Set K8SLINT_TODAY=YYYY-MM-DD "
                 "to judge expiry against another day (tests, reproducing a CI run).",
      .rationale = "A temporary exception that quietly becomes permanent is how a known risk "
                   "outlives everyone who remembers accepting it. An expiry date turns \"we "
                   "will fix it after the upstream release\" into a reminder.",
      .bad_example = "FROM python:3.12-slim\n"
                     "# k8slint ignore=NR002 until=2020-01-31 -- until the entrypoint drops root\n"
                     "USER root\n",
      .good_example = "FROM python:3.12-slim\n"
                      "# k8slint ignore=NR002 until=2099-01-31 -- until the entrypoint drops root\n"
                      "USER root\n",
      .fix = "Fix the finding and remove the suppression, or, if the exception is still "
             "justified, set a new date and say why in the reason.",
      .example_path = "Dockerfile",
      .tags = {"correctness"},
  });
  return Status::Ok();
}

}  // namespace k8slint::rules
