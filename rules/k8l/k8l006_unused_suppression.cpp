#include "rules/k8l/k8l006_unused_suppression.h"

#include <memory>

#include "linter/core/config.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"

namespace k8slint::rules {

Status MakeK8L006(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RuleBase>(RuleMeta{
      .id = kUnusedSuppression,
      .name = "unused-suppression",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {InputKind::kDockerfile, InputKind::kManifest, InputKind::kValues, InputKind::kChart,
                InputKind::kEnv, InputKind::kPowerShell, InputKind::kMarkdown},
      .summary = "A suppression silenced no finding",
      .details = "Off by default; turn it on with `--report-unused-ignores` (or by enabling "
                 "K8L006). Each rule named by a k8slint suppression (comment or `k8slint.io` "
                 "annotation) that silenced no finding in its scope is reported at the name. A "
                 "name is judged only when at least one rule it names ran, so a suppression of "
                 "a disabled rule is left alone. Peers' pragmas (`hadolint ignore=`, "
                 "`gitleaks:allow`, kube-linter and kube-score annotations) may still serve "
                 "their tool and are never reported. The comment a finding is about cannot "
                 "silence it; `ignore-file=K8L006` can.",
      .rationale = "A suppression that hides nothing still reads as an accepted risk, and it "
                   "will silently hide the next real finding on that line. Reporting it keeps "
                   "the list of exceptions equal to the list of actual exceptions (ruff RUF100).",
      .bad_example = "FROM python:3.12-slim\n"
                     "# k8slint ignore=NR002 -- the user is not root any more\n"
                     "USER 10001\n",
      .good_example = "FROM python:3.12-slim\nUSER 10001\n",
      .fix = "Remove the rule from the suppression, or the whole comment when it names "
             "nothing else.",
      // The example needs the suppressed rule (NR002) enabled as well, which an example
      // run with this rule alone cannot show; fixtures/K8L006 covers it.
      .example_path = "",
      .tags = {"correctness"},
      .opt_in = true,
  });
  return Status::Ok();
}

}  // namespace k8slint::rules
