// PS001 posix-export: `export NAME=value` is bash; PowerShell writes $env:NAME.
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
      .id = "PS001",
      .name = "posix-export",
      .level = Level::kError,
      .aliases = {},
      .kinds = PsKinds(),
      .summary = "Bash `export NAME=value` sets nothing in PowerShell",
      .details = "Fires on a command named `export` in PowerShell code: .ps1/.psm1 files, "
                 "powershell/pwsh/ps1/ps/posh fences in markdown, Dockerfile RUNs under a "
                 "PowerShell SHELL and workflow steps with `shell: pwsh|powershell`. PowerShell "
                 "has no `export`; the line fails with \"The term 'export' is not recognized\".",
      .rationale = "Guides written on Linux or macOS tell Windows users to `export "
                   "KUBECONFIG=...` or `export IMAGE_TAG=...`. In PowerShell the variable stays "
                   "unset, and the helm or kubectl command after it silently uses a default.",
      .bad_example = "export IMAGE_TAG=1.4.2\nhelm upgrade --install web ./chart --set "
                     "image.tag=$env:IMAGE_TAG\n",
      .good_example = "$env:IMAGE_TAG = '1.4.2'\nhelm upgrade --install web ./chart --set "
                      "image.tag=$env:IMAGE_TAG\n",
      .fix = "Write `$env:NAME = 'value'`; read it back with `$env:NAME`.",
      .example_path = "deploy.ps1",
      .tags = {"portability", "powershell"},
      .reads_embedded_powershell = true,
  };
}

class PosixExportRule : public RuleBase {
 public:
  PosixExportRule() : RuleBase(Meta()) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    for (const ps::Command& c : s.commands()) {
      if (c.in_hashtable || s.Name(c) != "export" || !ps::IsToolCall(s, "export")) continue;
      std::string fix;
      for (size_t i = 1; i < c.words.size(); ++i) {
        const std::string_view w = s.Text(c.words[i]);
        if (w.starts_with("-")) continue;
        const size_t eq = w.find('=');
        const std::string_view name = w.substr(0, eq);
        if (!fix.empty()) fix += "; ";
        fix += "$env:" + k8slint::Excerpt(name) + " = " +
               (eq == std::string_view::npos ? "$" + k8slint::Excerpt(name)
                                             : ps::Literal(name, w.substr(eq + 1)));
      }
      if (fix.empty()) fix = "$env:NAME = 'value'";
      emit.Report(*this, s.SpanOf(c.words.front()),
                  "`export` does not exist in PowerShell; write `" + fix + "`");
    }
  }
};

}  // namespace

Status MakePS001(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<PosixExportRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
