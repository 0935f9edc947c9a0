// Markdown fences as PowerShell scripts. Console-style blocks keep only their prompt
// lines (`PS C:\app> `, `PS> `, and `$ ` in shell blocks) and `>> ` continuations.
#include <cstdint>
#include <set>
#include <string>

#include "linter/core/ascii.h"
#include "linter/engine/ps_sources.h"
#include "linter/models/markdown/fences.h"

namespace k8slint::ps {
namespace {

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

}  // namespace

const std::set<std::string>& PowerShellFenceLanguages() {
  static const std::set<std::string> kLanguages = {"powershell", "pwsh", "ps1", "ps", "posh"};
  return kLanguages;
}

std::set<std::string> CheckedFenceLanguages(const Config& config) {
  std::set<std::string> langs = PowerShellFenceLanguages();
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

Script FenceScript(const SourceFile& file, const markdown::Fence& fence, bool powershell) {
  bool session = false;
  for (const markdown::FenceLine& l : fence.lines) session |= PromptLength(l.text, powershell) > 0;
  std::string text;
  std::vector<Script::Piece> pieces;
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
    pieces.push_back(
        {static_cast<uint32_t>(text.size()), static_cast<uint32_t>(l.file_offset + skip)});
    text.append(l.text, skip);
    text += '\n';
  }
  Script script(file, Origin::kMarkdownFence, Host{}, std::move(text), std::move(pieces));
  script.fence_span = fence.open_span;
  script.fence_closed = fence.closed;
  script.fence_info = fence.info;
  return script;
}

std::vector<Script> FenceScripts(const SourceFile& file, const std::vector<markdown::Fence>& fences,
                                 const Config& config) {
  const std::set<std::string> langs = CheckedFenceLanguages(config);
  std::vector<Script> out;
  for (const markdown::Fence& fence : fences)
    if (langs.contains(fence.language))
      out.push_back(FenceScript(file, fence, PowerShellFenceLanguages().contains(fence.language)));
  // A page is one session read top to bottom: a function or variable defined in one
  // block is used in the blocks after it.
  Script::Declarations above;
  for (Script& script : out) {
    const Script::Declarations own = script.declarations();
    script.AddDeclarations(above);
    above.commands.insert(own.commands.begin(), own.commands.end());
    above.variables.insert(own.variables.begin(), own.variables.end());
    above.dot_sources |= own.dot_sources;
  }
  return out;
}

}  // namespace k8slint::ps
