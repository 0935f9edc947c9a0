#include "rules/k8l/suppression_rules.h"

#include "linter/core/rule_base.h"

namespace k8slint::rules {
namespace {

const std::vector<InputKind> kEveryKind = {
    InputKind::kDockerfile, InputKind::kManifest,   InputKind::kValues,  InputKind::kChart,
    InputKind::kEnv,        InputKind::kPowerShell, InputKind::kMarkdown};

}  // namespace

void AddSuppressionRules(RuleList* out) {
  out->push_back(std::make_unique<RuleBase>(RuleMeta{
      .id = "K8L005",
      .name = "expired-suppression",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = kEveryKind,
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
  }));
  out->push_back(std::make_unique<RuleBase>(RuleMeta{
      .id = "K8L006",
      .name = "unused-suppression",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = kEveryKind,
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
  }));
  out->push_back(std::make_unique<RuleBase>(RuleMeta{
      .id = "K8L007",
      .name = "invalid-suppression",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = kEveryKind,
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
  }));
}

}  // namespace k8slint::rules
