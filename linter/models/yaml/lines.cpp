#include <cstdint>

#include "linter/models/yaml/lines.h"

#include "linter/core/text.h"

namespace k8slint::yaml {

size_t KeyIndent(std::string_view line) {
  size_t i = SkipSpaces(line, 0);
  while (i + 1 < line.size() && line[i] == '-' && (line[i + 1] == ' ' || line[i + 1] == '\t'))
    i = SkipSpaces(line, i + 1);
  return i;
}

std::optional<Assignment> ParseLine(std::string_view line) {
  line = TrimRight(line);
  const size_t k = KeyIndent(line);
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
           !(line[colon] == ':' &&
             (colon + 1 == line.size() || line[colon + 1] == ' ' || line[colon + 1] == '\t')))
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
  auto a = ReadScalar(line, v, true);
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
      if (line == "data:" || line == "stringData:")
        map = std::string(line.substr(0, line.size() - 1));
      continue;
    }
    auto a = ParseLine(line);
    if (in_metadata && a && a->key == "name" && KeyIndent(line) <= 2)
      doc.name = std::string(a->value);
    if (map.empty()) continue;
    SecretEntry e{map, "", "", false, ln, 0};
    if (a) {
      e.key = std::string(a->key);
      e.value = std::string(a->value);
      e.column = static_cast<uint32_t>(a->value_column) + 1;
    } else {
      // `key: |` block scalars (other shapes are not judged)
      const size_t k = KeyIndent(line);
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

}  // namespace k8slint::yaml
