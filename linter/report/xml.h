// XML text for the JUnit and Checkstyle reports. Strings reach it already Printable
// (linter/core/printable.h: no control character, no invalid UTF-8), so escaping the
// five markup characters, and the two noncharacters XML 1.0 forbids, leaves a
// well-formed document whatever a file name or message holds.
#pragma once

#include <string>
#include <string_view>

namespace k8slint::report {

inline std::string XmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // U+FFFE and U+FFFF (EF BF BE/BF) are not XML characters.
        if (c == '\xEF' && i + 2 < s.size() && s[i + 1] == '\xBF' &&
            (s[i + 2] == '\xBE' || s[i + 2] == '\xBF')) {
          out += s[i + 2] == '\xBE' ? "\\uFFFE" : "\\uFFFF";
          i += 2;
        } else {
          out += c;
        }
    }
  }
  return out;
}

inline constexpr std::string_view kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

}  // namespace k8slint::report
