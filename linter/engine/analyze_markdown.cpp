// Markdown: fenced blocks labelled powershell, pwsh, ps1, ps or posh are PowerShell;
// the `shell-fences` setting adds languages (bash, sh, shell, console) for teams whose
// docs must also work on Windows. Console-style blocks keep only their prompt lines.
#include <set>
#include <string>

#include "linter/core/ascii.h"
#include "linter/engine/analyze.h"
#include "linter/models/markdown/fences.h"
#include "linter/project/collect.h"
#include "linter/engine/ps_sources.h"

namespace k8slint {
namespace {

std::set<std::string> FenceLanguages(const Config& config) {
  std::set<std::string> langs = {"powershell", "pwsh", "ps1", "ps", "posh"};
  const std::string extra = config.Param("", "shell-fences", "");
  size_t start = 0;
  while (start <= extra.size()) {
    size_t comma = extra.find(',', start);
    if (comma == std::string::npos) comma = extra.size();
    std::string lang = AsciiLower(extra.substr(start, comma - start));
    while (!lang.empty() && lang.back() == ' ') lang.pop_back();
    while (!lang.empty() && lang.front() == ' ') lang.erase(0, 1);
    if (!lang.empty()) langs.insert(lang);
    start = comma + 1;
  }
  return langs;
}

// Length of a `PS>` / `PS C:\app>` prompt (or `$ ` in a shell block), 0 when none.
size_t PromptLength(std::string_view line, bool powershell) {
  if (line.starts_with("PS>")) return line.size() > 3 && line[3] == ' ' ? 4 : 3;
  if (line.starts_with("PS ")) {
    const size_t gt = line.find('>');
    if (gt == std::string_view::npos || gt > 260) return 0;
    const std::string_view path = line.substr(3, gt - 3);
    if (path.find_first_of(":\\/~") == std::string_view::npos) return 0;
    return gt + 1 < line.size() && line[gt + 1] == ' ' ? gt + 2 : gt + 1;
  }
  if (!powershell && (line == "$" || line.starts_with("$ "))) return line.size() > 1 ? 2 : 1;
  return 0;
}

ps::Script FenceScript(const SourceFile& file, const markdown::Fence& fence, bool powershell) {
  bool session = false;
  for (const markdown::FenceLine& l : fence.lines) session |= PromptLength(l.text, powershell) > 0;
  std::string text;
  std::vector<ps::Script::Piece> pieces;
  bool continued = false;  // inside a `>> ` continuation of a prompt line
  for (const markdown::FenceLine& l : fence.lines) {
    size_t skip = 0;
    if (session) {
      skip = PromptLength(l.text, powershell);
      const bool continuation = continued && (l.text == ">>" || l.text.starts_with(">> "));
      if (continuation) skip = l.text.size() > 2 ? 3 : 2;
      if (skip == 0 && !continuation) {  // command output
        continued = false;
        continue;
      }
      continued = true;
    }
    pieces.push_back({static_cast<uint32_t>(text.size()), static_cast<uint32_t>(l.file_offset + skip)});
    text.append(l.text, skip);
    text += '\n';
  }
  ps::Script script(file, ps::Origin::kMarkdownFence, ps::Host{}, std::move(text), std::move(pieces));
  script.fence_span = fence.open_span;
  script.fence_closed = fence.closed;
  script.fence_info = fence.info;
  return script;
}

}  // namespace

void AnalyzeMarkdown(const AnalysisContext& ctx) {
  const bool lint = ps::AnyPsRule(ctx);
  if (!lint && !ctx.facts) return;
  const std::set<std::string> langs = FenceLanguages(ctx.config);
  static const std::set<std::string> kPowerShell = {"powershell", "pwsh", "ps1", "ps", "posh"};
  // `docker build -t NAME CONTEXT` reads the same in any shell: project facts take the
  // build commands of shell blocks too (linter/project/link.h).
  static const std::set<std::string> kShell = {"bash", "sh", "shell", "console", "zsh"};
  for (const markdown::Fence& fence : markdown::ExtractFences(ctx.source)) {
    const bool checked = lint && langs.contains(fence.language);
    const bool builds = ctx.facts && (kPowerShell.contains(fence.language) ||
                                      kShell.contains(fence.language) || langs.contains(fence.language));
    if (!checked && !builds) continue;
    const ps::Script script = FenceScript(ctx.source, fence, kPowerShell.contains(fence.language));
    if (checked) ps::CheckScript(ctx, script);
    else project::CollectBuilds(script, ctx.facts);
  }
}

}  // namespace k8slint
