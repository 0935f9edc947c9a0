// PS010 posix-redirection: /dev/null, &>, <, <<< and >&2 are bash redirections.
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
      .id = "PS010",
      .name = "posix-redirection",
      .level = Level::kError,
      .aliases = {},
      .kinds = PsKinds(),
      .summary = "A bash redirection (`/dev/null`, `&>`, `<`, `<<<`, `>&2`) fails in PowerShell",
      .details = "Fires on redirections PowerShell does not have: `&>`/`&>>` (all streams), "
                 "input redirection `<` and `<<<` (reserved operators, a parse error), `>&2` and "
                 "`1>&2` (only redirection into the success stream exists), and, on Windows, "
                 "redirection to `/dev/null`, a path that does not exist there. `2>&1`, `*>` "
                 "and `> $null` are PowerShell and are not reported, and neither are documentation "
                 "placeholders such as `<pod-name>` or `<resource group>` (a name in angle "
                 "brackets on one line), which stand for an argument.",
      .rationale = "`kubectl delete ns demo 2>/dev/null` is meant to hide an expected error; "
                   "on Windows it fails to open C:\\dev\\null instead, and `kubectl apply -f - < "
                   "app.yaml` stops the whole block at parse time.",
      .bad_example = "kubectl delete namespace demo 2>/dev/null\nkubectl apply -f - < app.yaml\n",
      .good_example =
          "kubectl delete namespace demo 2>$null\nGet-Content app.yaml | kubectl apply -f -\n",
      .fix = "Write `2>$null` (or `*>$null`, `| Out-Null`) for /dev/null, `*>` for `&>`, and "
             "pipe files in: `Get-Content app.yaml | kubectl apply -f -`.",
      .example_path = "deploy.ps1",
      .tags = {"portability", "powershell"},
      .reads_embedded_powershell = true,
  };
}

class PosixRedirectionRule : public RuleBase {
 public:
  PosixRedirectionRule() : RuleBase(Meta()) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    const auto& toks = s.tokens();
    for (const ps::Command& c : s.commands()) {
      for (size_t r : c.redirections) {
        const ps::Token& t = toks[r];
        if (t.kind != ps::TokenKind::kRedirection) continue;
        const std::string op(s.Text(t));
        const std::string target =
            r + 1 < toks.size() && (toks[r + 1].kind == ps::TokenKind::kWord ||
                                    toks[r + 1].kind == ps::TokenKind::kPlaceholder)
                ? std::string(s.Text(toks[r + 1]))
                : "";
        const bool null = target == "/dev/null" && ps::MayRunOnWindows(s, c);
        std::string msg;
        if (op.starts_with("&>")) {
          msg = "`&>` is bash; PowerShell redirects every stream with `*>" +
                std::string(op.size() == 3 ? ">" : "") +
                (null ? "$null" : " " + (target.empty() ? "file" : target)) + "`";
        } else if (op == "<") {
          msg = "input redirection `<` is reserved in PowerShell; pipe the file instead: "
                "`Get-Content " +
                (target.empty() ? "file" : target) + " | " +
                ps::Excerpt(ps::JoinWords(s, c, 0), 40) + "`";
        } else if (op == "<<<") {
          msg = "bash here-string `<<<` is a parse error in PowerShell; pipe the text instead: "
                "`'text' | " +
                ps::Excerpt(ps::JoinWords(s, c, 0), 40) + "`";
        } else if (op.ends_with("&2")) {
          msg = "PowerShell cannot redirect output into stderr with `" + op +
                "`; write `[Console]::Error.WriteLine(...)` or `Write-Error ...`";
        } else if (null) {
          msg = "`/dev/null` does not exist on Windows; write `" + op + "$null`" +
                (op == ">" || op == "1>" ? " or pipe to `| Out-Null`" : "");
        }
        if (!msg.empty())
          emit.Report(*this, s.SpanOf(t.begin, null ? toks[r + 1].end : t.end), msg);
      }
    }
  }
};

}  // namespace

Status MakePS010(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<PosixRedirectionRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
