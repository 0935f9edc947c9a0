// PS011 posix-test-command: `[ ... ]`, `[[ ... ]]` and `test` are bash conditions.
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
      .id = "PS011",
      .name = "posix-test-command",
      .level = Level::kError,
      .aliases = {},
      .kinds = PsKinds(),
      .summary = "A bash test `[ ... ]` or `test ...` is not a condition in PowerShell",
      .details = "Fires on a command that starts with `[` or `[[` followed by a blank, or with "
                 "`test`. In PowerShell `[` starts a type name (`[string]`), so `[ -f app.yaml ]` "
                 "is a parse error, and there is no `test` command on Windows. A test that is "
                 "the condition of `if`/`while` is reported once, by PS012. Type literals, casts "
                 "and attributes (`[Convert]::ToBase64String(...)`, `[string[]]$x`, "
                 "`[Parameter(Mandatory)]`), indexes (`$a[$i]`, also inside `\"$($a[$i])\"`) "
                 "and a `test` the script defines as a function are not affected.",
      .rationale = "Guards like `[ -f kubeconfig ] && export KUBECONFIG=...` decide whether "
                   "later steps run; when the guard fails to parse, the steps after it run in "
                   "the wrong state or not at all.",
      .bad_example = "[ -f values.local.yaml ] || cp values.yaml values.local.yaml\n",
      .good_example =
          "if (-not (Test-Path values.local.yaml)) { Copy-Item values.yaml values.local.yaml }\n",
      .fix = "Use a PowerShell condition: `Test-Path file -PathType Leaf` for `-f`, `-PathType "
             "Container` for `-d`, `[string]::IsNullOrEmpty($x)` for `-z`, `-eq`/`-ne` for "
             "`=`/`!=`, inside `if (...) { ... }`.",
      .example_path = "deploy.ps1",
      .tags = {"portability", "powershell"},
      .reads_embedded_powershell = true,
  };
}

class PosixTestCommandRule : public RuleBase {
 public:
  PosixTestCommandRule() : RuleBase(Meta()) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    for (const ps::Command& c : s.commands()) {
      if (c.in_hashtable || c.words.size() < 2) continue;
      const std::string_view first = s.Text(c.words.front());
      if (first != "[" && first != "[[" && s.Name(c) != "test") continue;
      if (s.Name(c) == "test" && !ps::IsToolCall(s, "test")) continue;
      emit.Report(*this, s.SpanOf(c.words.front()),
                  "`" + std::string(first) +
                      "` is a bash test, not a PowerShell condition; write `if (" +
                      ps::TranslateTest(s, c, 1, c.words.size()) + ") { ... }`");
    }
  }
};

}  // namespace

Status MakePS011(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<PosixTestCommandRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
