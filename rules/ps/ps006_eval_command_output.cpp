// PS006 eval-command-output: `eval $(minikube docker-env)` is bash.
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
      .id = "PS006",
      .name = "eval-command-output",
      .level = Level::kError,
      .aliases = {},
      .kinds = PsKinds(),
      .summary = "Bash `eval $(...)` does not exist in PowerShell, and the output it runs is bash",
      .details = "Fires on a command named `eval`. PowerShell has no `eval`, and the output "
                 "it is given (`export DOCKER_HOST=...` lines) is bash anyway. Tools that print "
                 "environment setup, such as `minikube docker-env`, have a PowerShell mode whose "
                 "output Invoke-Expression can run.",
      .rationale = "`eval $(minikube docker-env)` is the step that makes `docker build` put "
                   "images inside minikube. When it fails, the build still succeeds on the host "
                   "and the pods later fail with ErrImagePull.",
      .bad_example = "eval $(minikube docker-env)\ndocker build -t web:1.0 .\n",
      .good_example = "& minikube -p minikube docker-env --shell powershell | Invoke-Expression\n"
                      "docker build -t web:1.0 .\n",
      .fix = "Use the tool's PowerShell output and Invoke-Expression: `& minikube -p minikube "
             "docker-env --shell powershell | Invoke-Expression`.",
      .example_path = "deploy.ps1",
      .tags = {"portability", "powershell"},
      .reads_embedded_powershell = true,
  };
}

// The command inside `$(...)`, `"$(...)"` or backticks.
std::string Inner(std::string_view w) {
  for (std::string_view open : {"\"$(", "$(", "`", "\"`"})
    if (w.starts_with(open)) w.remove_prefix(open.size());
  while (!w.empty() && (w.back() == '"' || w.back() == ')' || w.back() == '`')) w.remove_suffix(1);
  return std::string(w);
}

class EvalCommandOutputRule : public RuleBase {
 public:
  EvalCommandOutputRule() : RuleBase(Meta()) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    for (const ps::Command& c : s.commands()) {
      if (c.in_hashtable || s.Name(c) != "eval" || !ps::IsToolCall(s, "eval")) continue;
      const std::string inner = Inner(ps::JoinWords(s, c, 1));
      std::string fix, note;
      if (inner.starts_with("minikube") && inner.find("-env") != std::string::npos) {
        std::string profile = "minikube";
        if (const size_t p = inner.find("-p "); p != std::string::npos)
          profile = inner.substr(p + 3, inner.find(' ', p + 3) - (p + 3));
        const std::string verb =
            inner.find("podman-env") != std::string::npos ? "podman-env" : "docker-env";
        fix = "& minikube -p " + profile + " " + verb + " --shell powershell | Invoke-Expression";
      } else {
        fix = "& " + ps::Excerpt(inner.empty() ? "<command>" : inner, 50) +
              " | Out-String | Invoke-Expression";
        note = " with the tool switched to PowerShell output";
      }
      const std::string msg = "`eval` does not exist in PowerShell; write `" + fix + "`" + note;
      emit.Report(*this, s.SpanOf(c.words.front()), msg);
    }
  }
};

}  // namespace

Status MakePS006(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<EvalCommandOutputRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
