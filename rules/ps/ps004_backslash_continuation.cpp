// PS004 backslash-continuation: a trailing `\` ends the command in PowerShell.
#include <cstdint>
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/ps/queries.h"
#include "rules/ps/ps_shared.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PS004",
      .name = "backslash-continuation",
      .level = Level::kError,
      .aliases = {},
      .kinds = PsKinds(),
      .summary = "A trailing backslash does not continue a command line in PowerShell",
      .details = "Fires on a `\\` that stands alone at the end of a line, outside strings and "
                 "comments. Bash joins the next line to the command; PowerShell passes `\\` as "
                 "an argument and runs the next line as a command of its own, so "
                 "`--set`/`--namespace` lines after it fail or are lost. A path ending in `\\` "
                 "(`cd C:\\`) is not affected.",
      .rationale = "Long `helm install` and `docker run` commands are the ones split over lines, "
                   "and they are the ones where a lost `--set` or `-n` flag deploys the wrong "
                   "thing without an error.",
      .bad_example =
          "helm upgrade --install web ./chart \\\n  --namespace web --create-namespace\n",
      .good_example =
          "helm upgrade --install web ./chart `\n  --namespace web --create-namespace\n",
      .fix = "End the line with a backtick (`` ` ``, nothing after it), or put the arguments in "
             "an array and splat it: `$helmArgs = @('upgrade', '--install', ...); helm @helmArgs`.",
      .example_path = "deploy.ps1",
      .tags = {"portability", "powershell"},
      .reads_embedded_powershell = true,
  };
}

class BackslashContinuationRule : public RuleBase {
 public:
  BackslashContinuationRule() : RuleBase(Meta()) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    for (const ps::Token& t : s.tokens()) {
      if (t.kind != ps::TokenKind::kBashContinuation) continue;
      size_t line_start = s.text().rfind('\n', t.begin == 0 ? 0 : t.begin - 1);
      line_start = line_start == std::string::npos || t.begin == 0 ? 0 : line_start + 1;
      std::string fixed = ps::Excerpt(s.Slice(static_cast<uint32_t>(line_start), t.begin), 60);
      emit.Report(*this, s.SpanOf(t),
                  "a trailing `\\` does not continue the line in PowerShell (the next line runs "
                  "as a separate command); end the line with a backtick (`) instead: " +
                      fixed + " `");
    }
  }
};

}  // namespace

Status MakePS004(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<BackslashContinuationRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
