// Dockerfile RUN instructions executed by PowerShell. Docker removes each escape
// character + newline before the shell sees the command, so the script is the joined
// text, with every joined piece mapped back to its physical line.
#include <string_view>

#include "linter/core/text.h"
#include "linter/core/ascii.h"
#include "linter/models/dockerfile/model.h"
#include "linter/engine/ps_sources.h"

namespace k8slint::ps {
namespace {

// Windows PowerShell exists only on Windows; pwsh runs on Windows when the base image
// says so (servercore, nanoserver, windows).
Host HostOf(const dockerfile::Document& doc, const dockerfile::Instruction& ins) {
  Host host;
  const std::string exe = AsciiLower(ins.shell.front());
  const bool pwsh = exe.find("pwsh") != std::string::npos;
  host.edition = pwsh ? Edition::kPowerShell7 : Edition::kWindowsPowerShell51;
  if (!pwsh || ins.stage < 0 || static_cast<size_t>(ins.stage) >= doc.stages.size()) return host;
  const dockerfile::Stage* stage = &doc.stages[ins.stage];
  for (int hops = 0; stage->base_stage >= 0 && hops < 64; ++hops)
    stage = &doc.stages[stage->base_stage];
  const std::string base = AsciiLower(stage->base.text);
  host.windows = base.find("servercore") != std::string::npos ||
                 base.find("nanoserver") != std::string::npos ||
                 base.find("windows") != std::string::npos;
  return host;
}

Script JoinRun(const dockerfile::Document& doc, const dockerfile::Instruction& ins) {
  const SourceFile& src = doc.source();
  const std::string& text = src.text();
  std::string script;
  std::vector<Script::Piece> pieces;
  size_t at = src.OffsetOf(ins.args_span.begin);
  bool first = true;
  while (at < text.size()) {
    size_t eol = text.find('\n', at);
    if (eol == std::string::npos) eol = text.size();
    std::string_view line(text.data() + at, eol - at);
    size_t lead = 0;
    while (lead < line.size() && IsBlank(line[lead])) ++lead;
    // Docker drops blank and comment lines inside a continued instruction.
    if (!first && (lead == line.size() || line[lead] == '#')) {
      at = eol + 1;
      continue;
    }
    first = false;
    while (!line.empty() && IsBlank(line.back())) line.remove_suffix(1);
    const bool continues = !line.empty() && line.back() == doc.escape;
    if (continues) line.remove_suffix(1);
    pieces.push_back({static_cast<uint32_t>(script.size()), static_cast<uint32_t>(at)});
    script.append(line);
    if (!continues) break;
    at = eol + 1;
  }
  return Script(src, Origin::kDockerfileRun, HostOf(doc, ins), std::move(script),
                std::move(pieces));
}

}  // namespace

std::vector<Script> DockerfileRunScripts(const dockerfile::Document& doc) {
  std::vector<Script> out;
  for (const dockerfile::Instruction& ins : doc.instructions) {
    if (!ins.Is("RUN") || ins.exec_form || !ins.IsPowerShell() || !ins.heredocs.empty()) continue;
    if (ins.args.empty()) continue;
    out.push_back(JoinRun(doc, ins));
  }
  return out;
}

}  // namespace k8slint::ps
