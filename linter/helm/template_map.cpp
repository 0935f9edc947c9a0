#include "linter/core/text.h"
#include "linter/helm/template_map.h"

#include <cstdint>
#include <algorithm>

namespace k8slint::helm {
namespace {

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(start, nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    start = nl + 1;
  }
  return out;
}

bool IsSeparator(std::string_view trimmed) {
  return trimmed == "---" || trimmed.starts_with("--- ");
}

// `{{- include "x" . | nindent 4 }}` alone on a line renders to other lines, or none.
bool IsActionOnly(std::string_view trimmed) {
  return trimmed.starts_with("{{") && trimmed.ends_with("}}");
}

// The key of `key: value` or `key:`, unquoted; "" for anything else.
std::string KeyOf(std::string_view content) {
  if (content.empty()) return "";
  if (content.front() == '"' || content.front() == '\'') {
    const size_t close = content.find(content.front(), 1);
    if (close == std::string_view::npos || close + 1 >= content.size() || content[close + 1] != ':')
      return "";
    return std::string(content.substr(1, close - 1));
  }
  size_t colon = content.find(": ");
  if (colon == std::string_view::npos && content.back() == ':') colon = content.size() - 1;
  if (colon == std::string_view::npos || colon == 0) return "";
  return std::string(Trim(content.substr(0, colon), kSpaceTab));
}

}  // namespace

std::vector<KeyLine> KeyLines(std::string_view text) {
  struct Open {
    size_t indent;
    std::string name;
  };
  std::vector<Open> stack;
  std::vector<KeyLine> out;
  const std::vector<std::string_view> lines = SplitLines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view raw = lines[i];
    const std::string_view trimmed = Trim(raw, kSpaceTab);
    if (IsSeparator(trimmed)) {
      stack.clear();
      continue;
    }
    if (trimmed.empty() || trimmed.front() == '#' || IsActionOnly(trimmed)) continue;
    size_t pos = raw.find_first_not_of(" \t");
    KeyLine kl;
    kl.line = static_cast<uint32_t>(i + 1);
    kl.text = std::string(trimmed);
    bool first = true;
    // Each `- ` opens a list item at its own column.
    while (pos < raw.size() && raw[pos] == '-' && (pos + 1 == raw.size() || raw[pos + 1] == ' ')) {
      while (!stack.empty() && stack.back().indent >= pos) stack.pop_back();
      stack.push_back({pos, "-"});
      first = false;
      pos = raw.find_first_not_of(' ', pos + 1);
      if (pos == std::string_view::npos) pos = raw.size();
    }
    if (first)
      while (!stack.empty() && stack.back().indent >= pos) stack.pop_back();
    kl.column = static_cast<uint32_t>(pos + 1);
    kl.key = KeyOf(raw.substr(std::min(pos, raw.size())));
    for (const Open& o : stack) kl.path.push_back(o.name);
    if (!kl.key.empty()) {
      kl.path.push_back(kl.key);
      stack.push_back({pos, kl.key});
    }
    out.push_back(std::move(kl));
  }
  return out;
}

RenderedOutput::RenderedOutput(std::string_view text) : text_(text), lines_(SplitLines(text)) {
  Doc doc;
  auto close = [&](uint32_t last) {
    doc.last = std::max(doc.first, last);
    docs_.push_back(doc);
  };
  for (size_t i = 0; i < lines_.size(); ++i) {
    const uint32_t line = static_cast<uint32_t>(i + 1);
    const std::string_view t = Trim(lines_[i], kSpaceTab);
    if (IsSeparator(t)) {
      if (line > 1) close(line - 1);
      doc = Doc{line, line, "", ""};
      continue;
    }
    if (doc.source.empty() && t.starts_with("# Source:"))
      doc.source = std::string(Trim(t.substr(9), kSpaceTab));
    if (doc.kind.empty() && lines_[i].starts_with("kind:"))
      doc.kind = std::string(Trim(t.substr(5), kSpaceTab));
  }
  close(static_cast<uint32_t>(std::max<size_t>(1, lines_.size())));
}

const RenderedOutput::Doc* RenderedOutput::DocOf(uint32_t line) const {
  for (const Doc& d : docs_)
    if (line >= d.first && line <= d.last) return &d;
  return nullptr;
}

std::string RenderedOutput::SourceOf(uint32_t line) const {
  const Doc* d = DocOf(line);
  return d ? d->source : "";
}

TemplatePosition RenderedOutput::Map(uint32_t line, uint32_t column,
                                     std::string_view template_text) const {
  const Doc* doc = DocOf(line);
  if (!doc || lines_.empty()) return {};
  // The rendered line's key path, computed within its own document.
  const char* begin = lines_[doc->first - 1].data();
  const std::string_view last = lines_[doc->last - 1];
  const std::string_view doc_text(begin, static_cast<size_t>(last.data() + last.size() - begin));
  const KeyLine* target = nullptr;
  const std::vector<KeyLine> rendered = KeyLines(doc_text);
  for (const KeyLine& k : rendered)
    if (k.line + doc->first - 1 <= line) target = &k;
  if (!target) return {};

  // Template lines of the document(s) rendering this kind; every line when none says.
  std::vector<KeyLine> all = KeyLines(template_text);
  const std::vector<std::string_view> tlines = SplitLines(template_text);
  std::vector<uint32_t> doc_of(tlines.size() + 2, 0);
  std::vector<std::string> kind_of_doc(1);
  for (size_t i = 0, d = 0; i < tlines.size(); ++i) {
    if (IsSeparator(Trim(tlines[i], kSpaceTab))) {
      kind_of_doc.emplace_back();
      ++d;
    }
    doc_of[i + 1] = static_cast<uint32_t>(d);
    if (tlines[i].starts_with("kind:"))
      kind_of_doc[d] = std::string(Trim(tlines[i].substr(5), kSpaceTab));
  }
  std::vector<const KeyLine*> candidates;
  for (const KeyLine& k : all)
    if (!doc->kind.empty() && kind_of_doc[doc_of[k.line]] == doc->kind) candidates.push_back(&k);
  if (candidates.empty())
    for (const KeyLine& k : all) candidates.push_back(&k);

  auto at = [&](const KeyLine& k, bool same_text) {
    TemplatePosition p;
    p.line = k.line;
    p.column = k.column;
    if (same_text && column >= target->column) p.column = k.column + (column - target->column);
    const size_t len = tlines[k.line - 1].size();
    p.end_column = static_cast<uint32_t>(std::max<size_t>(p.column, len));
    return p;
  };
  // The same text with the same path, then the same text once, then the longest
  // matching path prefix.
  const KeyLine* same_text = nullptr;
  int same_text_count = 0;
  for (const KeyLine* k : candidates) {
    if (k->text != target->text) continue;
    if (k->path == target->path) return at(*k, true);
    if (!same_text_count++) same_text = k;
  }
  if (same_text_count == 1) return at(*same_text, true);
  for (size_t n = target->path.size(); n > 0; --n) {
    const std::vector<std::string> prefix(target->path.begin(),
                                          target->path.begin() + static_cast<long>(n));
    for (const KeyLine* k : candidates)
      if (k->path == prefix) return at(*k, false);
  }
  return {};
}

}  // namespace k8slint::helm
