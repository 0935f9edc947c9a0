#include "linter/core/ascii.h"
#include "linter/models/markdown/fences.h"

#include <cstdint>
#include <cmark.h>

#include <algorithm>
#include <cctype>
#include <string_view>

namespace k8slint::markdown {
namespace {

std::string LanguageOf(std::string_view info) {
  while (!info.empty() && (info.front() == '{' || info.front() == '.' || info.front() == ' '))
    info.remove_prefix(1);
  size_t end = 0;
  while (end < info.size() && !std::isspace(static_cast<unsigned char>(info[end])) &&
         info[end] != '}' && info[end] != ',' && info[end] != '{')
    ++end;
  return AsciiLower(info.substr(0, end));
}

// Length of the fence run starting at `line[at]`, 0 when there is none.
size_t FenceRun(std::string_view line, size_t at, char* fence_char) {
  if (at >= line.size() || (line[at] != '`' && line[at] != '~')) return 0;
  size_t n = at;
  while (n < line.size() && line[n] == line[at]) ++n;
  if (n - at < 3) return 0;
  *fence_char = line[at];
  return n - at;
}

bool IsClosingFence(std::string_view line, char fence_char, size_t min_len) {
  size_t at = 0;
  while (at < line.size() && (line[at] == ' ' || line[at] == '\t' || line[at] == '>')) ++at;
  char c = 0;
  const size_t run = FenceRun(line, at, &c);
  if (run < min_len || c != fence_char) return false;
  return line.find_first_not_of(" \t", at + run) == std::string_view::npos;
}

// Where the literal line `text` starts within the source line `src`.
size_t ColumnOffset(std::string_view src, std::string_view text) {
  if (src.size() >= text.size() && src.substr(src.size() - text.size()) == text)
    return src.size() - text.size();
  // cmark turns a partly consumed tab into spaces: match without the leading blanks.
  const size_t lead = text.find_first_not_of(' ');
  if (lead == std::string_view::npos) return src.size();
  const std::string_view rest = text.substr(lead);
  const size_t at = src.rfind(rest);
  return at == std::string_view::npos ? 0 : at;
}

void AddFence(const SourceFile& file, cmark_node* node, std::vector<Fence>* out) {
  const uint32_t start = static_cast<uint32_t>(cmark_node_get_start_line(node));
  const uint32_t end = static_cast<uint32_t>(cmark_node_get_end_line(node));
  const std::string_view open = file.Line(start);
  size_t col = static_cast<size_t>(std::max(cmark_node_get_start_column(node), 1) - 1);
  while (col < open.size() && open[col] == ' ') ++col;
  char fence_char = 0;
  const size_t run = FenceRun(open, col, &fence_char);
  if (run == 0) return;  // an indented code block
  Fence f;
  const char* info = cmark_node_get_fence_info(node);
  f.info = info ? info : "";
  f.language = LanguageOf(f.info);
  const size_t open_offset = file.LineOffset(start);
  f.open_span = Span{file.PositionAt(open_offset + col),
                     file.PositionAt(open_offset + (open.empty() ? 0 : open.size() - 1))};
  const char* literal = cmark_node_get_literal(node);
  std::string_view body = literal ? literal : "";
  if (!body.empty() && body.back() == '\n') body.remove_suffix(1);
  uint32_t line = start + 1;
  for (size_t at = 0; literal && *literal && at <= body.size(); ++line) {
    size_t nl = body.find('\n', at);
    if (nl == std::string_view::npos) nl = body.size();
    std::string_view text = body.substr(at, nl - at);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    const std::string_view src = file.Line(line);
    f.lines.push_back({std::string(text),
                       static_cast<uint32_t>(file.LineOffset(line) + ColumnOffset(src, text))});
    at = nl + 1;
  }
  f.closed = end >= line && IsClosingFence(file.Line(end), fence_char, run);
  out->push_back(std::move(f));
}

}  // namespace

std::vector<Fence> ExtractFences(const SourceFile& file) {
  std::vector<Fence> out;
  const std::string& text = file.text();
  if (text.find("```") == std::string::npos && text.find("~~~") == std::string::npos) return out;
  cmark_node* doc = cmark_parse_document(text.data(), text.size(), CMARK_OPT_DEFAULT);
  if (!doc) return out;
  cmark_iter* iter = cmark_iter_new(doc);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK)
      AddFence(file, node, &out);
  }
  cmark_iter_free(iter);
  cmark_node_free(doc);
  return out;
}

}  // namespace k8slint::markdown
