// PS002 posix-assignment: `NAME=value` and `NAME=value cmd` run a command named
// "NAME=value" in PowerShell.
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
      .id = "PS002",
      .name = "posix-assignment",
      .level = Level::kError,
      .aliases = {},
      .kinds = PsKinds(),
      .summary = "A bash assignment `NAME=value` or prefix `NAME=value cmd` is a command name in "
                 "PowerShell",
      .details = "Fires on a command whose first word is `NAME=value` (NAME a shell identifier, "
                 "no `$`). Bash reads it as a variable assignment, or as an environment variable "
                 "for one command when a command follows; PowerShell looks for a program called "
                 "`NAME=value` and fails. Arguments such as `--set key=value`, hashtable and "
                 "splatting keys (`@{ Source = 'x' }`, `[pscustomobject]@{Name='x'}`) and "
                 "attribute arguments (`[CmdletBinding(SupportsShouldProcess=$true)]`, "
                 "`[Parameter(Mandatory=$true)]`) are not affected.",
      .rationale = "`DOCKER_BUILDKIT=1 docker build .` or `TAG=v2` followed by `$TAG` are common "
                   "in deployment guides; on Windows they stop the walkthrough with a "
                   "CommandNotFound error.",
      .bad_example = "DOCKER_BUILDKIT=1 docker build -t web:1.0 .\n",
      .good_example = "$env:DOCKER_BUILDKIT = '1'\ndocker build -t web:1.0 .\nhelm install web "
                      "./chart --set replicaCount=2\n",
      .fix = "Set `$env:NAME = 'value'` on its own line before the command (or `$NAME = 'value'` "
             "for a variable only the script reads).",
      .example_path = "deploy.ps1",
      .tags = {"portability", "powershell"},
      .reads_embedded_powershell = true,
  };
}

class PosixAssignmentRule : public RuleBase {
 public:
  PosixAssignmentRule() : RuleBase(Meta()) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    for (const ps::Command& c : s.commands()) {
      if (c.in_hashtable || c.call_operator || c.words.empty()) continue;
      if (s.tokens()[c.words.front().first_token].kind != ps::TokenKind::kWord) continue;
      std::string sets;
      size_t i = 0;
      for (; i < c.words.size(); ++i) {
        const std::string_view w = s.Text(c.words[i]);
        const size_t n = ps::AssignedNameLength(w);
        if (n == 0) break;
        if (!sets.empty()) sets += "; ";
        sets += "$env:" + k8slint::Excerpt(w.substr(0, n)) + " = " +
                ps::Literal(w.substr(0, n), w.substr(n + 1));
      }
      if (i == 0) continue;
      std::string message;
      if (i < c.words.size()) {
        message =
            "a bash prefix assignment is a command name in PowerShell; set the variable first: `" +
            sets + "; " + ps::Excerpt(ps::JoinWords(s, c, i), 50) + "`";
      } else {
        std::string var = sets;
        var.erase(0, 5);  // "$env:NAME = ..." -> "NAME = ..."
        message = "`NAME=value` is not an assignment in PowerShell; write `$" + var + "` (or `" +
                  sets + "` for child processes)";
      }
      emit.Report(*this, s.SpanOf(c.words.front()), message);
    }
  }
};

}  // namespace

Status MakePS002(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<PosixAssignmentRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
