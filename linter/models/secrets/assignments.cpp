#include "linter/models/secrets/assignments.h"

#include "linter/core/text.h"

namespace k8slint::secrets {
namespace {

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace

std::optional<Assignment> ParsePowerShellLine(std::string_view line) {
  size_t i = SkipSpaces(line, 0);
  if (i >= line.size() || line[i] != '$') return std::nullopt;
  ++i;
  if (line.substr(i, 4) == "env:" || line.substr(i, 4) == "Env:" || line.substr(i, 4) == "ENV:")
    i += 4;
  const size_t key_begin = i;
  while (i < line.size() && IsNameChar(line[i])) ++i;
  if (i == key_begin) return std::nullopt;
  const std::string_view key = line.substr(key_begin, i - key_begin);
  i = SkipSpaces(line, i);
  if (i >= line.size() || line[i] != '=' || (i + 1 < line.size() && line[i + 1] == '='))
    return std::nullopt;
  auto a = ReadScalar(line, SkipSpaces(line, i + 1), false);
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
    a = ReadScalar(line, i, false);
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

}  // namespace k8slint::secrets
