// PS013 exit-status-as-number: `$?` is a boolean in PowerShell; the exit code is
// $LASTEXITCODE.
#include <memory>

#include "linter/core/ascii.h"
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
      .id = "PS013",
      .name = "exit-status-as-number",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = PsKinds(),
      .summary = "The boolean `$?` is used as an exit code",
      .details = "Fires on `$?` compared with a number (`$? -eq 0`, `$? -ne 0`, `$? == 0`), "
                 "passed to `exit`, or printed bash-style with `echo $?`. `$?` is `$true` after "
                 "success, and `$true -eq 0` is "
                 "false, so bash-style checks are inverted. `if ($?)`, `if (-not $?)`, `$ok = $?` "
                 "and `$?` inside a double-quoted string (`\"succeeded: $?\"` prints True or "
                 "False) are correct PowerShell and are not reported.",
      .rationale = "`if ($? -ne 0) { throw }` throws after every successful `helm install` and "
                   "never after a failed one.",
      .bad_example = "helm install web ./chart\nif ($? -ne 0) { throw 'helm failed' }\n",
      .good_example = "helm install web ./chart\nif ($LASTEXITCODE -ne 0) { throw 'helm failed' "
                      "}\nif (-not $?) { exit 1 }\n",
      .fix = "Use `$LASTEXITCODE` for a native command's exit code (`$LASTEXITCODE -ne 0`), or "
             "`$?` as a boolean (`if (-not $?)`).",
      .example_path = "deploy.ps1",
      .tags = {"portability", "powershell", "correctness"},
      .reads_embedded_powershell = true,
  };
}

bool IsNumberWord(std::string_view w) {
  return !w.empty() && w.find_first_not_of("0123456789") == std::string_view::npos;
}

class ExitStatusAsNumberRule : public RuleBase {
 public:
  ExitStatusAsNumberRule() : RuleBase(Meta()) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    const auto& toks = s.tokens();
    for (size_t i = 0; i < toks.size(); ++i) {
      if (toks[i].kind != ps::TokenKind::kVariable || s.Text(toks[i]) != "$?") continue;
      // Inside "..." `$?` prints True or False, which is what a PowerShell author means.
      if (toks[i].in_string) continue;
      bool bad = false;
      std::string op;
      size_t j = i + 1;
      if (j < toks.size()) op = AsciiLower(s.Text(toks[j]));
      if (op == "=" && j + 1 < toks.size() && s.Text(toks[j + 1]) == "=") {
        op = "==";
        ++j;
      }
      if ((op == "-eq" || op == "-ne" || op == "-gt" || op == "-lt" || op == "-ge" || op == "-le" ||
           op == "==" || op == "!=") &&
          j + 1 < toks.size() && IsNumberWord(s.Text(toks[j + 1])))
        bad = true;
      if (i > 0 && toks[i - 1].kind == ps::TokenKind::kWord) {
        const std::string prev = AsciiLower(s.Text(toks[i - 1]));
        bad |= prev == "exit" || prev == "echo";
      }
      if (!bad) continue;
      emit.Report(
          *this, s.SpanOf(toks[i]),
          "`$?` is a boolean in PowerShell ($true after success), not an exit code; write "
          "`$LASTEXITCODE`" +
              std::string(op.empty() || op.front() != '-' ? ""
                                                          : " (`$LASTEXITCODE " + op + " 0`)"));
    }
  }
};

}  // namespace

Status MakePS013(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ExitStatusAsNumberRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
