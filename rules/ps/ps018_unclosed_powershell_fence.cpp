// PS018 unclosed-powershell-fence: a PowerShell fence that never closes swallows the
// rest of the markdown file.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/ps/script.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PS018",
      .name = "unclosed-powershell-fence",
      .level = Level::kNote,
      .aliases = {},
      .kinds = {InputKind::kMarkdown},
      .summary = "A PowerShell code fence is never closed, so the rest of the document is code",
      .details = "Fires on the opening line of a checked fence (powershell, pwsh, ps1, ps, posh "
                 "and the `shell-fences` languages) that has no closing fence of the same "
                 "character and at least the same length before the end of its container. "
                 "CommonMark then renders everything after it as code, and k8slint checks "
                 "that text as PowerShell.",
      .rationale = "Readers copy the whole block into a terminal, prose included, and the "
                   "guide's later headings and steps disappear from the rendered page.",
      .bad_example = "## Deploy\n\n```powershell\nhelm install web ./chart\n\n## Verify\n",
      .good_example = "## Deploy\n\n```powershell\nhelm install web ./chart\n```\n\n## Verify\n",
      .fix = "Add the closing fence (the same ``` or ~~~ as the opening one) after the last "
             "command.",
      .example_path = "README.md",
      .tags = {"correctness", "docs"},
      .reads_embedded_powershell = true,
  };
}

class UnclosedFenceRule : public RuleBase {
 public:
  UnclosedFenceRule() : RuleBase(Meta()) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    if (s.origin() != ps::Origin::kMarkdownFence || s.fence_closed) return;
    emit.Report(*this, s.fence_span,
                "this `" + s.fence_info +
                    "` code fence is never closed, so everything after it "
                    "is code; add a closing fence after the last command");
  }
};

}  // namespace

Status MakePS018(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<UnclosedFenceRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
