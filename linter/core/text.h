// Small text helpers shared by the parsers and rules. Blank sets differ on purpose
// (a YAML or pragma reader strips a CRLF's CR, a word splitter must not), so each
// helper takes the set; kBlanks is the usual one.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace k8slint {

inline constexpr std::string_view kSpaceTab = " \t";
inline constexpr std::string_view kBlanks = " \t\r";  // with the CR of a CRLF line end

inline bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

inline std::string_view TrimLeft(std::string_view s, std::string_view blanks = kBlanks) {
  const size_t i = s.find_first_not_of(blanks);
  return i == std::string_view::npos ? std::string_view() : s.substr(i);
}
inline std::string_view TrimRight(std::string_view s, std::string_view blanks = kBlanks) {
  const size_t i = s.find_last_not_of(blanks);
  return i == std::string_view::npos ? std::string_view() : s.substr(0, i + 1);
}
inline std::string_view Trim(std::string_view s, std::string_view blanks = kBlanks) {
  return TrimRight(TrimLeft(s, blanks), blanks);
}
// The first index at or after `i` that is not a space or tab.
inline size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

}  // namespace k8slint
