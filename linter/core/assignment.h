// "name = literal" on one line, as the line readers of several formats find it (YAML
// `key: value`, PowerShell `$env:X = '...'`, shell `export X=...`).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace k8slint {

struct Assignment {
  std::string_view key;
  std::string_view value;   // without quotes; views into the line
  size_t value_column = 0;  // 0-based byte offset of the value (after an opening quote)
  bool quoted = false;
};

// A quoted or (when `allow_bare`) bare scalar starting at `i`; bare scalars end at ` #`
// (a comment) and lose trailing blanks. No value for an unclosed quote: multi-line or
// broken values are not judged from one line. The key is left empty.
std::optional<Assignment> ReadScalar(std::string_view line, size_t i, bool allow_bare);

}  // namespace k8slint
