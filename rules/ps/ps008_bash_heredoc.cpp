// PS008 bash-heredoc: `<<EOF` does not exist in PowerShell (`<` is reserved).
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/excerpt.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/ps/queries.h"
#include "rules/ps/ps_shared.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PS008",
      .name = "bash-heredoc",
      .level = Level::kError,
      .aliases = {},
      .kinds = PsKinds(),
      .summary = "A bash heredoc `<<EOF` is a parse error in PowerShell",
      .details = "Fires on `<<NAME`, `<<-NAME`, `<<'NAME'` and `<<\"NAME\"` outside strings. "
                 "PowerShell reserves `<` and rejects the block; the lines up to the delimiter "
                 "are then read as commands. k8slint skips the heredoc body so that its YAML "
                 "is not reported again by other rules.",
      .rationale = "`cat <<EOF | kubectl apply -f -` is how guides create a quick Secret or "
                   "ConfigMap; on Windows nothing is applied and the YAML lines fail one by one.",
      .bad_example = "kubectl apply -f - <<EOF\napiVersion: v1\nkind: Namespace\nmetadata:\n  "
                     "name: web\nEOF\n",
      .good_example =
          "@'\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: web\n'@ | kubectl apply -f -\n",
      .fix = "Put the text in a here-string and pipe it: `@'` on its own line, the text, `'@` at "
             "the start of a line, then `| kubectl apply -f -` (use `@\"`/`\"@` to expand "
             "variables).",
      .example_path = "deploy.ps1",
      .tags = {"portability", "powershell"},
      .reads_embedded_powershell = true,
  };
}

class BashHeredocRule : public RuleBase {
 public:
  BashHeredocRule() : RuleBase(Meta()) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    const auto& toks = s.tokens();
    for (const ps::Command& c : s.commands()) {
      for (size_t r : c.redirections) {
        if (toks[r].kind != ps::TokenKind::kBashHeredoc) continue;
        std::string sink;
        const std::string name = s.Name(c);
        if (name == "cat") {
          std::string target;
          for (size_t o : c.redirections)
            if (toks[o].kind == ps::TokenKind::kRedirection && s.Text(toks[o]).starts_with(">") &&
                o + 1 < toks.size())
              target = std::string(s.Text(toks[o + 1]));
          if (const ps::Command* next = ps::PipedInto(s, c))
            sink = " | " + ps::Excerpt(s.Slice(next->begin, next->end), 40);
          else if (!target.empty()) sink = " | Set-Content " + target;
        } else {
          sink = " | " + ps::Excerpt(ps::JoinWords(s, c, 0), 40);
        }
        emit.Report(*this, s.SpanOf(toks[r]),
                    "bash heredoc `" + k8slint::Excerpt(s.Text(toks[r])) +
                        "` is a parse error in PowerShell; use a here-string: `@'` ... `'@" + sink +
                        "`");
      }
    }
  }
};

}  // namespace

Status MakePS008(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<BashHeredocRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
