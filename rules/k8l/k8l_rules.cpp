// K8L: findings about the tool's own inputs. The engine emits them; they have no check
// of their own, so each is a RuleBase holding metadata.
#include "rules/families.h"

#include "linter/core/rule_base.h"
#include "rules/k8l/suppression_rules.h"

namespace k8slint::rules {

void AddK8lRules(const Config&, std::vector<std::unique_ptr<Rule>>* out) {
  out->push_back(std::make_unique<RuleBase>(RuleMeta{
      .id = "K8L001",
      .name = "parse-error",
      .level = Level::kError,
      .aliases = {},
      .kinds = {InputKind::kDockerfile, InputKind::kManifest, InputKind::kValues,
                InputKind::kChart, InputKind::kEnv, InputKind::kPowerShell, InputKind::kMarkdown},
      .summary = "The file cannot be parsed, so its other checks did not run",
      .details = "Reported where the parser of the file's kind stopped: an unterminated "
                 "heredoc or quote, a malformed JSON (exec form) array, invalid YAML, a line "
                 "that is not a valid instruction. The rest of the run goes on; rules that "
                 "need the broken part of the file stay silent for it.",
      .rationale = "A file that k8slint cannot read is a file that docker, kubectl or helm "
                   "will probably reject or, worse, read differently from what you meant. "
                   "Silently skipping it would hide every other problem in it.",
      .bad_example = "FROM python:3.12-slim\nRUN <<EOF\npip install -r requirements.txt\n",
      .good_example = "FROM python:3.12-slim\nRUN <<EOF\npip install -r requirements.txt\nEOF\n",
      .fix = "Correct the syntax at the reported line and column.",
      .example_path = "Dockerfile",
      .tags = {"correctness"},
  }));
  out->push_back(std::make_unique<RuleBase>(RuleMeta{
      .id = "K8L002",
      .name = "unreadable-file",
      .level = Level::kError,
      .aliases = {},
      .kinds = {},
      .summary = "A file or folder in the lint set could not be read",
      .details = "Reported for files that exist but cannot be opened or read (permissions, "
                 "I/O errors) and for broken symbolic links found while walking a folder.",
      .rationale = "A check that could not see a file cannot vouch for it; the report says so "
                   "instead of passing silently.",
      .bad_example = "",
      .good_example = "",
      .fix = "Make the file readable by the user running k8slint, or exclude its path.",
      .example_path = "",
      .tags = {"correctness"},
  }));
  out->push_back(std::make_unique<RuleBase>(RuleMeta{
      .id = "K8L003",
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
  }));
  out->push_back(std::make_unique<RuleBase>(RuleMeta{
      .id = "K8L004",
      .name = "skipped-file",
      .level = Level::kNote,
      .aliases = {},
      .kinds = {},
      .summary = "A file was not linted because it is too large or binary, or Helm templates "
                 "were not rendered",
      .details = "Files above the size limit (64 MiB by default) are skipped; binary files "
                 "(a NUL byte in the first 8 KiB) are skipped when given explicitly. Binary "
                 "files met during a folder walk are skipped without a note, as git does. "
                 "`k8slint chart` reports the chart's templates/ folder when helm is not on "
                 "PATH: templates are Go templates, so only what helm renders from them can be "
                 "linted as manifests.",
      .rationale = "Skipping is sometimes right, but never silently: the report lists what "
                   "was not checked.",
      .bad_example = "",
      .good_example = "",
      .fix = "Nothing to fix if the file is not meant to be linted; otherwise exclude it or "
             "split it. For templates, install helm and run `k8slint chart` again.",
      .example_path = "",
      .tags = {"correctness"},
  }));
  AddSuppressionRules(out);
}

}  // namespace k8slint::rules
