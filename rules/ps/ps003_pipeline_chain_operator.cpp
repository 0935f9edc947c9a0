// PS003 pipeline-chain-operator: `&&` and `||` arrived in PowerShell 7.
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
      .id = "PS003",
      .name = "pipeline-chain-operator",
      .level = Level::kError,
      .aliases = {},
      .kinds = PsKinds(),
      .summary = "Chain operators `&&` and `||` are parse errors in Windows PowerShell 5.1",
      .details = "Fires on each `&&` and `||` outside strings when the target is Windows "
                 "PowerShell 5.1 (the default). PowerShell 7 added these pipeline chain "
                 "operators; 5.1 rejects the whole block with \"The token '&&' is not a valid "
                 "statement separator in this version\". A Dockerfile SHELL or workflow `shell:` "
                 "of pwsh means PowerShell 7, and powershell means 5.1, whatever the setting.",
      .rationale = "Windows 10 and 11 ship Windows PowerShell 5.1 as \"PowerShell\"; a guide "
                   "that chains `minikube start && kubectl get nodes` fails there before running "
                   "anything.",
      .bad_example = "minikube start && kubectl get nodes\n",
      .good_example = "minikube start\nif ($?) { kubectl get nodes }\n",
      .fix = "Split the chain: `a; if ($?) { b }` for `a && b` and `a; if (-not $?) { b }` for "
             "`a || b`, or set `powershell-target: 7` if readers must use PowerShell 7.",
      .example_path = "deploy.ps1",
      .tags = {"portability", "powershell"},
      .params = {{"powershell-target", "5.1",
                  "PowerShell version the commands must run on: 5.1 or 7"}},
      .reads_embedded_powershell = true,
  };
}

// How far back the command left of an operator is looked for (past the commands nested
// in it, or in hashtables); beyond that the suggestion says `a`.
constexpr size_t kMaxStepsBack = 64;

class PipelineChainRule : public RuleBase {
 public:
  explicit PipelineChainRule(ps::Edition target) : RuleBase(Meta()), target_(target) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    if (ps::EditionOf(s, target_) != ps::Edition::kWindowsPowerShell51) return;
    const auto& cmds = s.commands();
    // The first command starting after the operator only moves forward as the operators
    // do, so one pass over the commands serves every operator of a long chain; the
    // command before it is found walking back a few steps, not from the start.
    size_t next = 0;
    for (const ps::Token& t : s.tokens()) {
      if (t.kind != ps::TokenKind::kOperator) continue;
      const std::string_view op = s.Text(t);
      if (op != "&&" && op != "||") continue;
      while (next < cmds.size() && cmds[next].begin < t.end) ++next;
      std::string left = "a", right = "b";
      if (next < cmds.size()) right = ps::Excerpt(s.Slice(cmds[next].begin, cmds[next].end), 60);
      for (size_t i = next, steps = 0; i > 0 && steps < kMaxStepsBack; --i, ++steps) {
        const ps::Command& c = cmds[i - 1];
        if (c.end <= t.begin && !c.in_hashtable) {
          left = ps::Excerpt(s.Slice(c.begin, c.end), 60);
          break;
        }
      }
      const std::string test = op == "&&" ? "$?" : "-not $?";
      emit.Report(*this, s.SpanOf(t),
                  "`" + std::string(op) +
                      "` needs PowerShell 7 and is a parse error in Windows "
                      "PowerShell 5.1; write `" +
                      left + "; if (" + test + ") { " + right + " }`");
    }
  }

 private:
  ps::Edition target_;
};

}  // namespace

Status MakePS003(const Config& config, std::unique_ptr<Rule>* out) {
  ps::Edition target = ps::Edition::kWindowsPowerShell51;
  if (Status s = ReadPowerShellTarget(config, "PS003", &target); !s.ok()) return s;
  *out = std::make_unique<PipelineChainRule>(target);
  return Status::Ok();
}

}  // namespace k8slint::rules
