// PS017 colon-path-separator: Windows separates PATH entries with `;`, not `:`.
#include <cstdint>
#include <memory>

#include "linter/core/ascii.h"
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
      .id = "PS017",
      .name = "colon-path-separator",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = PsKinds(),
      .summary = "A colon separates `$env:PATH` entries on Linux, not on Windows",
      .details =
          "Fires on an assignment to `$env:PATH` (any case) whose value joins entries "
          "with `:`: next to a `$env:PATH` reference (`\"$env:PATH:/opt/bin\"`, "
          "`\"C:\\tools:$env:PATH\"`) or at the start of a `+=` value (`+= \":C:\\tools\"`). "
          "Drive letters (`C:\\`) are not separators. Skipped for pwsh on a Linux runner "
          "or image, where `:` is right.",
      .rationale = "Windows reads `C:\\Windows;...;C:\\tools:/opt/helm` as one long, missing "
                   "folder: helm or kubectl installed there are then \"not recognized\".",
      .bad_example = "$env:PATH = \"$env:PATH:C:\\tools\\helm\"\n",
      .good_example = "$env:PATH = \"$env:PATH;C:\\tools\\helm\"\n",
      .fix = "Separate entries with `;`, or with `[IO.Path]::PathSeparator` in scripts that also "
             "run on Linux: `$env:PATH = \"C:\\tools\\helm;$env:PATH\"`.",
      .example_path = "deploy.ps1",
      .tags = {"portability", "powershell"},
      .reads_embedded_powershell = true,
  };
}

class ColonPathSeparatorRule : public RuleBase {
 public:
  ColonPathSeparatorRule() : RuleBase(Meta()) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    for (const ps::Command& c : s.commands()) {
      if (!ps::MayRunOnWindows(s, c)) continue;
      if (c.words.size() < 3 || AsciiLower(s.Text(c.words[0])) != "$env:path") continue;
      const std::string_view op = s.Text(c.words[1]);
      if (op != "=" && op != "+=") continue;
      const ps::Word& value = c.words[2];
      std::string v(s.Text(value));
      const std::string lower = AsciiLower(v);
      size_t colon = std::string::npos;
      if (const size_t ref = lower.find("$env:path:"); ref != std::string::npos) colon = ref + 9;
      else if (const size_t ref2 = lower.find(":$env:path"); ref2 != std::string::npos)
        colon = ref2;
      else if (op == "+=" && v.size() > 1 && v[1] == ':') colon = 1;
      if (colon == std::string::npos) continue;
      v[colon] = ';';
      emit.Report(*this,
                  s.SpanOf(value.begin + static_cast<uint32_t>(colon),
                           value.begin + static_cast<uint32_t>(colon) + 1),
                  "`:` does not separate PATH entries on Windows; write `$env:PATH " +
                      std::string(op) + " " + ps::Excerpt(v, 60) + "`");
    }
  }
};

}  // namespace

Status MakePS017(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ColonPathSeparatorRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
