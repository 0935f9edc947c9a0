// ASCII case folding: Dockerfile keywords, stage names, image references, YAML keys
// and PowerShell commands are all ASCII-case-insensitive; locale rules must not apply.
#pragma once

#include <string>
#include <string_view>

namespace k8slint {

inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace k8slint
