#include <cstdint>

#include "rules/df/run_script.h"

#include "linter/core/text.h"

namespace k8slint::rules::df {
namespace {

bool IsShellShebang(std::string_view first) {
  if (first.substr(0, 2) != "#!") return true;  // no shebang: the RUN's shell runs it
  for (std::string_view sh : {"/sh", " sh", "bash", "dash", "ash", "ksh"})
    if (first.find(sh) != std::string_view::npos) return true;
  return false;
}

}  // namespace

bool ScriptOf(const dockerfile::Document& doc, const dockerfile::Instruction& run, RunScript* out) {
  if (!run.Is("RUN") || run.exec_form) return false;
  const SourceFile& src = doc.source();
  out->text.clear();
  out->lines.clear();
  if (!run.heredocs.empty()) {
    const std::string_view args = TrimRight(run.args);
    if (args.substr(0, 2) != "<<" || args.find(' ') != std::string_view::npos) return false;
    const dockerfile::Heredoc& h = run.heredocs.front();
    if (!IsShellShebang(h.body.substr(0, h.body.find('\n')))) return false;
    out->text = h.body;
    uint32_t line = src.PositionAt(h.body_offset).line;
    for (char c : h.body)
      if (c == '\n') out->lines.push_back(line++);
    return true;
  }
  if (doc.escape != '\\') return false;
  const uint32_t first = run.args_span.begin.line;
  for (uint32_t n = first; n <= run.span.end.line; ++n) {
    std::string_view text = src.Line(n);
    if (n == first) {
      const size_t skip = src.OffsetOf(run.args_span.begin) - src.LineOffset(n);
      for (size_t i = 0; i < skip && i < text.size(); ++i)
        out->text += text[i] == '\t' ? '\t' : ' ';
      out->text.append(text.substr(std::min(skip, text.size())));
    } else {
      const std::string_view trimmed = TrimLeft(text);
      if (trimmed.empty() || trimmed.front() == '#') continue;
      out->text.append(text);
    }
    out->text += '\n';
    out->lines.push_back(n);
  }
  return !out->lines.empty();
}

}  // namespace k8slint::rules::df
