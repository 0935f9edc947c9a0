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

class PipelineChainRule : public RuleBase {
 public:
  explicit PipelineChainRule(ps::Edition target) : RuleBase(Meta()), target_(target) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    if (ps::EditionOf(s, target_) != ps::Edition::kWindowsPowerShell51) return;
    const auto& cmds = s.commands();
    for (const ps::Token& t : s.tokens()) {
      if (t.kind != ps::TokenKind::kOperator) continue;
      const std::string_view op = s.Text(t);
      if (op != "&&" && op != "||") continue;
      std::string left = "a", right = "b";
      for (const ps::Command& c : cmds) {
        if (c.end <= t.begin && !c.in_hashtable) left = ps::Excerpt(s.Slice(c.begin, c.end), 60);
        if (c.begin >= t.end) {
          right = ps::Excerpt(s.Slice(c.begin, c.end), 60);
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
