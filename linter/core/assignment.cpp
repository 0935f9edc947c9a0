#include "linter/core/assignment.h"

#include "linter/core/text.h"

namespace k8slint {

std::optional<Assignment> ReadScalar(std::string_view line, size_t i, bool allow_bare) {
  Assignment a;
  if (i >= line.size()) return std::nullopt;
  const char q = line[i];
  if (q == '"' || q == '\'') {
    size_t end = i + 1;
    while (end < line.size() && line[end] != q) end += (q == '"' && line[end] == '\\') ? 2 : 1;
    if (end >= line.size()) return std::nullopt;
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

}  // namespace k8slint
