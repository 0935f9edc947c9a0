// YAML output helpers of keys.h.
#include <algorithm>
#include <cctype>
#include <string>

#include "linter/core/ascii.h"
#include "linter/config/keys.h"

namespace k8slint {
namespace {

bool LooksTyped(std::string_view s) {
  const std::string lower = AsciiLower(s);
  for (std::string_view word : {"true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"})
    if (lower == word) return true;
  // Numbers of any YAML spelling start with a digit, a sign or a dot.
  const unsigned char first = static_cast<unsigned char>(s.front());
  return std::isdigit(first) || first == '+' || first == '.' ||
         (first == '-' && s.size() > 1 &&
          (std::isdigit(static_cast<unsigned char>(s[1])) || s[1] == '.'));
}

}  // namespace

std::string YamlScalar(std::string_view text) {
  bool plain =
      !text.empty() && !LooksTyped(text) && text.front() != ' ' && text.back() != ' ' &&
      std::string_view("-?:!&*|>'\"%@`#,[]{}").find(text.front()) == std::string_view::npos;
  for (size_t i = 0; plain && i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7f || c == ',' || c == '[' || c == ']' || c == '{' || c == '}' ||
        (c == ':' && (i + 1 == text.size() || text[i + 1] == ' ')) ||
        (c == '#' && text[i - 1] == ' '))
      plain = false;
  }
  if (plain) return std::string(text);
  std::string out = "\"";
  for (const char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20 || c == 0x7f) {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

std::string YamlList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + YamlScalar(items[i]);
  return out + "]";
}

std::vector<std::string> SplitCommaList(std::string_view joined) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t comma = joined.find(',', start);
    if (comma == std::string_view::npos) comma = joined.size();
    std::string_view item = joined.substr(start, comma - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.emplace_back(item);
    start = comma + 1;
  }
  return out;
}

}  // namespace k8slint
