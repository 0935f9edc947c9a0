// PS009 source-command: `source file` and `. file.sh` load bash into bash.
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
      .id = "PS009",
      .name = "source-command",
      .level = Level::kError,
      .aliases = {},
      .kinds = PsKinds(),
      .summary = "Bash `source` does not exist in PowerShell, and a .sh file cannot be dot-sourced",
      .details = "Fires on a command named `source`, and on `. file.sh` (dot-sourcing a bash "
                 "script). PowerShell loads scripts with the dot operator, and only PowerShell "
                 "scripts. `source <(kubectl completion bash)` has a PowerShell counterpart "
                 "given in the message.",
      .rationale = "Guides `source .env` or `source ./scripts/env.sh` to load settings; on "
                   "Windows the settings never load and later commands run with defaults.",
      .bad_example = "source ./scripts/env.sh\nhelm install web ./chart\n",
      .good_example = ". .\\scripts\\env.ps1\nhelm install web ./chart\n",
      .fix = "Dot-source a PowerShell version of the script: `. .\\scripts\\env.ps1`; for "
             "completions, `kubectl completion powershell | Out-String | Invoke-Expression`.",
      .example_path = "deploy.ps1",
      .tags = {"portability", "powershell"},
      .reads_embedded_powershell = true,
  };
}

class SourceCommandRule : public RuleBase {
 public:
  SourceCommandRule() : RuleBase(Meta()) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    for (const ps::Command& c : s.commands()) {
      if (c.in_hashtable) continue;
      const std::string name = s.Name(c);
      const std::string arg = c.words.size() > 1 ? std::string(s.Text(c.words[1])) : "";
      if (name != "source" && !(name == "." && arg.ends_with(".sh"))) continue;
      if (name == "source" && !ps::IsToolCall(s, name)) continue;
      std::string fix;
      const std::string whole(s.Slice(c.begin, s.text().find('\n', c.begin)));
      const size_t sub = whole.find("<("), completion = whole.find("completion");
      if (sub != std::string::npos && completion != std::string::npos && completion > sub) {
        fix = ps::Excerpt(whole.substr(sub + 2, completion - sub - 2), 30) +
              " completion powershell | Out-String | Invoke-Expression";
      } else if (arg.ends_with(".env")) {
        fix = "Get-Content " + arg +
              " | ForEach-Object { $n, $v = $_ -split '=', 2; Set-Item \"env:$n\" $v }";
      } else {
        std::string ps1 = arg.empty() ? "script.sh" : arg;
        if (ps1.ends_with(".sh")) ps1.replace(ps1.size() - 3, 3, ".ps1");
        else if (!ps1.ends_with(".ps1")) ps1 += ".ps1";
        fix = ". " + ps1;
      }
      emit.Report(*this, s.SpanOf(c.words.front()),
                  (name == "." ? "a bash script cannot be dot-sourced into PowerShell; write `"
                               : "`source` does not exist in PowerShell; write `") +
                      fix + "`");
    }
  }
};

}  // namespace

Status MakePS009(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<SourceCommandRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
