#include "rules/k8l/k8l001_parse_error.h"

#include <memory>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"

namespace k8slint::rules {

Status MakeK8L001(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RuleBase>(RuleMeta{
      .id = kParseError,
      .name = "parse-error",
      .level = Level::kError,
      .aliases = {},
      .kinds = {InputKind::kDockerfile, InputKind::kManifest, InputKind::kValues, InputKind::kChart,
                InputKind::kEnv, InputKind::kPowerShell, InputKind::kMarkdown},
      .summary = "The file cannot be parsed, so its other checks did not run",
      .details = "Reported where the parser of the file's kind stopped: an unterminated "
                 "heredoc or quote, a malformed JSON (exec form) array, invalid YAML, a line "
                 "that is not a valid instruction. A Dockerfile or YAML file gets one finding, at "
                 "its first error, "
                 "with the number of further errors in the message: after the first error a "
                 "parser reads the rest out of step (env files, read line by line, get one per "
                 "line). A template of another tool (Jinja, Go or "
                 "Mustache syntax where the format does not allow it) gets a K8L004 note "
                 "instead. The rest of the run goes on; rules that need the broken part of the "
                 "file stay silent for it. A file larger than its model holds (more than "
                 "100,000 Dockerfile instructions, 200,000 .env entries or 500,000 "
                 "PowerShell tokens, or a YAML file of more than 8,000,000 nodes) gets one "
                 "finding where its model stops; only its secrets are checked past it.",
      .rationale = "A file that k8slint cannot read is a file that docker, kubectl or helm "
                   "will probably reject or, worse, read differently from what you meant. "
                   "Silently skipping it would hide every other problem in it.",
      .bad_example = "FROM python:3.12-slim\nRUN <<EOF\npip install -r requirements.txt\n",
      .good_example = "FROM python:3.12-slim\nRUN <<EOF\npip install -r requirements.txt\nEOF\n",
      .fix = "Correct the syntax at the reported line and column.",
      .example_path = "Dockerfile",
      .tags = {"correctness"},
      .reads_every_yaml_document = true,
  });
  return Status::Ok();
}

void ReportParseError(const Registry& registry, Emitter& emit, Span span, std::string message) {
  // An id names one rule; the message is moved into its one report.
  const std::vector<const Rule*> rules = registry.Resolve(kParseError);
  if (!rules.empty()) emit.Report(*rules.front(), span, std::move(message));
}

}  // namespace k8slint::rules
