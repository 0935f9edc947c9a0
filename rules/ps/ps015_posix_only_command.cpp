// PS015 posix-only-command: grep, sed, awk, xargs, which, touch, sudo... are not on Windows.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/ps/queries.h"
#include "rules/ps/posix_tools.h"
#include "rules/ps/ps_shared.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PS015",
      .name = "posix-only-command",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = PsKinds(),
      .summary = "A POSIX tool such as `grep`, `sed`, `xargs` or `sudo` is not available in "
                 "Windows PowerShell",
      .details =
          "Fires on commands Windows does not provide: grep, sed, awk, xargs, which, "
          "touch, chmod, chown, sudo, head, tail, wc, cut, tr, base64, unset, printenv, "
          "env, basename, dirname, nproc, open, xdg-open, ln, alias, read, and `find` in its "
          "POSIX form. Writing the `.exe` name (`grep.exe`) says the tool is installed "
          "on purpose and is not reported. Skipped for pwsh on a Linux runner or image, "
          "inside blocks that never run on Windows (`if ($IsLinux) { ... }`, `elseif "
          "($IsMacOS)`, `if (-not $IsWindows)`, the `else` of `if ($IsWindows)`), and for a "
          "name the script (or an earlier fence of the page) defines as a function or alias "
          "(`function grep { ... }`, `Set-Alias which Get-Command`).",
      .rationale = "`kubectl get pods | grep web` or `kubectl get secret db -o "
                   "jsonpath='{.data.password}' | base64 --decode` are everyday guide lines that "
                   "stop with CommandNotFound on a stock Windows machine.",
      .bad_example = "kubectl get pods -A | grep web\n",
      .good_example = "kubectl get pods -A | Select-String web\n",
      .fix = "Use the PowerShell equivalent the message names: Select-String for grep, "
             "`-replace` for sed, ForEach-Object for xargs/awk, Get-Command for which, "
             "[Convert]::FromBase64String for `base64 --decode`.",
      .example_path = "deploy.ps1",
      .tags = {"portability", "powershell"},
      .reads_embedded_powershell = true,
  };
}

class PosixOnlyCommandRule : public RuleBase {
 public:
  PosixOnlyCommandRule() : RuleBase(Meta()) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    for (const ps::Command& c : s.commands()) {
      if (c.in_hashtable || !ps::MayRunOnWindows(s, c)) continue;
      const std::string name = s.Name(c);
      if (!ps::IsToolCall(s, name)) continue;
      const std::optional<std::string> fix = PowerShellFor(s, c, name);
      if (!fix) continue;
      const std::string why =
          name == "chmod" ? " (and Windows has no execute bit: drop `chmod +x`)" : "";
      emit.Report(*this, s.SpanOf(c.words.front()),
                  "`" + name + "` is not available in Windows PowerShell" + why + "; write `" +
                      ps::Excerpt(*fix, 90) + "`");
    }
  }
};

}  // namespace

Status MakePS015(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<PosixOnlyCommandRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
