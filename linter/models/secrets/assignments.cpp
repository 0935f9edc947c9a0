#include "linter/models/secrets/assignments.h"

namespace k8slint::secrets {
namespace {

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

// A quoted or bare scalar starting at `i`; bare scalars end at ` #` (a comment).
std::optional<Assignment> Scalar(std::string_view line, size_t i, bool allow_bare) {
  Assignment a;
  if (i >= line.size()) return std::nullopt;
  const char q = line[i];
  if (q == '"' || q == '\'') {
    size_t end = i + 1;
    while (end < line.size() && line[end] != q) end += (q == '"' && line[end] == '\\') ? 2 : 1;
    if (end >= line.size()) return std::nullopt;  // multi-line or broken: not judged here
    a.value = line.substr(i + 1, end - i - 1);
    a.value_column = i + 1;
    a.quoted = true;
    return a;
  }
  if (!allow_bare) return std::nullopt;
  size_t end = i;
  while (end < line.size() &&
         !(line[end] == '#' && end > i && (line[end - 1] == ' ' || line[end - 1] == '\t')))
    ++end;
  a.value = TrimRight(line.substr(i, end - i));
  a.value_column = i;
  if (a.value.empty()) return std::nullopt;
  return a;
}

}  // namespace

size_t YamlKeyIndent(std::string_view line) {
  size_t i = SkipSpaces(line, 0);
  while (i + 1 < line.size() && line[i] == '-' && (line[i + 1] == ' ' || line[i + 1] == '\t'))
    i = SkipSpaces(line, i + 1);
  return i;
}

std::optional<Assignment> ParseYamlLine(std::string_view line) {
  line = TrimRight(line);
  const size_t k = YamlKeyIndent(line);
  if (k >= line.size() || line[k] == '#' || line[k] == '{' || line[k] == '[') return std::nullopt;
  size_t colon;
  std::string_view key;
  if (line[k] == '"' || line[k] == '\'') {
    const size_t close = line.find(line[k], k + 1);
    if (close == std::string_view::npos || close + 1 >= line.size() || line[close + 1] != ':')
      return std::nullopt;
    key = line.substr(k + 1, close - k - 1);
    colon = close + 1;
  } else {
    colon = k;
    while (colon < line.size() &&
           !(line[colon] == ':' && (colon + 1 == line.size() || line[colon + 1] == ' ' || line[colon + 1] == '\t')))
      ++colon;
    if (colon >= line.size()) return std::nullopt;
    key = line.substr(k, colon - k);
  }
  size_t v = SkipSpaces(line, colon + 1);
  if (v >= line.size()) return std::nullopt;
  const char c = line[v];
  if (c == '|' || c == '>' || c == '{' || c == '[' || c == '*' || c == '#') return std::nullopt;
  if (c == '!' || c == '&') {  // a tag or an anchor before the scalar
    while (v < line.size() && line[v] != ' ') ++v;
    v = SkipSpaces(line, v);
  }
  auto a = Scalar(line, v, true);
  if (a) a->key = key;
  return a;
}

std::optional<Assignment> ParsePowerShellLine(std::string_view line) {
  size_t i = SkipSpaces(line, 0);
  if (i >= line.size() || line[i] != '$') return std::nullopt;
  ++i;
  if (line.substr(i, 4) == "env:" || line.substr(i, 4) == "Env:" || line.substr(i, 4) == "ENV:") i += 4;
  const size_t key_begin = i;
  while (i < line.size() && IsNameChar(line[i])) ++i;
  if (i == key_begin) return std::nullopt;
  const std::string_view key = line.substr(key_begin, i - key_begin);
  i = SkipSpaces(line, i);
  if (i >= line.size() || line[i] != '=' || (i + 1 < line.size() && line[i + 1] == '=')) return std::nullopt;
  auto a = Scalar(line, SkipSpaces(line, i + 1), false);
  if (a) a->key = key;
  return a;
}

std::optional<Assignment> ParseShellLine(std::string_view line) {
  size_t i = SkipSpaces(line, 0);
  for (std::string_view prefix : {"export ", "set ", "SET "})
    if (line.substr(i, prefix.size()) == prefix) i = SkipSpaces(line, i + prefix.size());
  const size_t key_begin = i;
  while (i < line.size() && IsNameChar(line[i])) ++i;
  if (i == key_begin || i >= line.size() || line[i] != '=') return std::nullopt;
  const std::string_view key = line.substr(key_begin, i - key_begin);
  ++i;
  std::optional<Assignment> a;
  if (i < line.size() && (line[i] == '"' || line[i] == '\'')) {
    a = Scalar(line, i, false);
  } else {
    size_t end = i;
    while (end < line.size() && line[end] != ' ' && line[end] != '\t' && line[end] != ';' &&
           line[end] != '&' && line[end] != '|' && line[end] != '\r')
      ++end;
    if (end == i) return std::nullopt;
    a = Assignment{};
    a->value = line.substr(i, end - i);
    a->value_column = i;
  }
  if (a) a->key = key;
  return a;
}

namespace {

bool MentionsSecretKind(std::string_view doc) {
  return doc.find("kind: Secret") != std::string_view::npos ||
         doc.find("kind: \"Secret\"") != std::string_view::npos ||
         doc.find("kind: 'Secret'") != std::string_view::npos;
}

// Lines [first, last] of one document that mentions Secret; appends it when it is one.
void ParseDocument(const SourceFile& source, uint32_t first, uint32_t last,
                   std::vector<SecretDocument>* docs) {
  SecretDocument doc;
  doc.first_line = first;
  doc.last_line = last;
  bool is_secret = false, in_metadata = false;
  std::string map;  // the top-level data/stringData map we are in, if any
  size_t block_indent = std::string_view::npos;  // inside a block scalar deeper than this
  for (uint32_t ln = first; ln <= last; ++ln) {
    const std::string_view line = TrimRight(source.Line(ln));
    if (line.empty() || line[SkipSpaces(line, 0)] == '#') continue;
    const bool top = line[0] != ' ' && line[0] != '\t' && line[0] != '-';
    if (!top && block_indent != std::string_view::npos && SkipSpaces(line, 0) > block_indent)
      continue;
    block_indent = std::string_view::npos;
    if (top) {
      map.clear();
      in_metadata = line.starts_with("metadata:");
      if (line.starts_with("kind:")) {
        std::string_view v = line.substr(SkipSpaces(line, 5));
        if (v == "Secret" || v == "\"Secret\"" || v == "'Secret'") is_secret = true;
      }
      if (line == "data:" || line == "stringData:") map = std::string(line.substr(0, line.size() - 1));
      continue;
    }
    auto a = ParseYamlLine(line);
    if (in_metadata && a && a->key == "name" && YamlKeyIndent(line) <= 2) doc.name = std::string(a->value);
    if (map.empty()) continue;
    SecretEntry e{map, "", "", false, ln, 0};
    if (a) {
      e.key = std::string(a->key);
      e.value = std::string(a->value);
      e.column = static_cast<uint32_t>(a->value_column) + 1;
    } else {
      // `key: |` block scalars (other shapes are not judged)
      const size_t k = YamlKeyIndent(line);
      const size_t colon = line.find(':', k);
      if (colon == std::string_view::npos) continue;
      e.key = std::string(line.substr(k, colon - k));
      const size_t v = SkipSpaces(line, colon + 1);
      if (v >= line.size() || (line[v] != '|' && line[v] != '>')) continue;
      e.block = true;
      block_indent = k;
      e.column = static_cast<uint32_t>(v) + 1;
    }
    doc.entries.push_back(std::move(e));
  }
  if (is_secret) docs->push_back(std::move(doc));
}

}  // namespace

std::vector<SecretDocument> FindSecretDocuments(const SourceFile& source) {
  std::vector<SecretDocument> docs;
  const std::string_view text = source.text();
  if (!MentionsSecretKind(text)) return docs;
  // Only documents that mention Secret are read line by line: in rendered manifests
  // they are a small share of the bytes.
  size_t begin = 0;
  while (begin < text.size()) {
    size_t sep = text.find("\n---", begin);
    const size_t end = sep == std::string_view::npos ? text.size() : sep + 1;
    if (MentionsSecretKind(text.substr(begin, end - begin))) {
      const uint32_t first = source.PositionAt(begin).line;
      const uint32_t last = end > begin ? source.PositionAt(end - 1).line : first;
      ParseDocument(source, first, last, &docs);
    }
    if (sep == std::string_view::npos) break;
    begin = sep + 1;  // the `---` line itself starts the next range; it is skipped below
    const size_t nl = text.find('\n', begin);
    begin = nl == std::string_view::npos ? text.size() : nl + 1;
  }
  return docs;
}

}  // namespace k8slint::secrets
