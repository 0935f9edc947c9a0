// Markdown: fenced blocks labelled powershell, pwsh, ps1, ps or posh are PowerShell;
// the `shell-fences` setting adds languages (bash, sh, shell, console) for teams whose
// docs must also work on Windows (linter/engine/ps_markdown.cpp cuts them out).
#include <set>
#include <string>

#include "linter/engine/analyze.h"
#include "linter/engine/file_models.h"
#include "linter/engine/ps_sources.h"
#include "linter/models/markdown/fences.h"
#include "linter/project/collect.h"

namespace k8slint {

void AnalyzeMarkdown(const AnalysisContext& ctx) {
  const bool lint = ps::AnyPsRule(ctx);
  if (!lint && !ctx.facts) return;
  const std::set<std::string> langs = ps::CheckedFenceLanguages(ctx.config);
  const std::set<std::string>& powershell = ps::PowerShellFenceLanguages();
  // `docker build -t NAME CONTEXT` reads the same in any shell: project facts take the
  // build commands of shell blocks too (linter/project/link.h).
  static const std::set<std::string> kShell = {"bash", "sh", "shell", "console", "zsh"};
  const std::vector<ps::Script>& scripts = ctx.models.powershell();
  size_t next = 0;  // scripts[] holds the checked-language fences, in order
  for (const markdown::Fence& fence : ctx.models.fences()) {
    const bool in_langs = langs.contains(fence.language);
    const ps::Script* script = in_langs ? &scripts[next++] : nullptr;
    const bool checked = lint && in_langs;
    const bool builds = ctx.facts && (powershell.contains(fence.language) ||
                                      kShell.contains(fence.language) || in_langs);
    if (checked) {
      ps::CheckScript(ctx, *script);
    } else if (builds) {
      if (script) {
        project::CollectBuilds(*script, ctx.facts);
      } else {
        const ps::Script shell =
            ps::FenceScript(ctx.source, fence, powershell.contains(fence.language));
        project::CollectBuilds(shell, ctx.facts);
      }
    }
  }
}

}  // namespace k8slint
