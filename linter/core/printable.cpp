#include <cstdint>

#include "linter/core/printable.h"

namespace k8slint {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void HexByte(unsigned char c, std::string* out) {
  *out += "\\x";
  *out += kHex[c >> 4];
  *out += kHex[c & 15];
}

void HexCodePoint(uint32_t cp, std::string* out) {
  *out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) *out += kHex[(cp >> shift) & 15];
}

// The length of the UTF-8 sequence at `i` and its code point; 0 when it is not valid
// UTF-8 (overlong forms, surrogates and truncated sequences included).
size_t Decode(std::string_view s, size_t i, uint32_t* cp) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  size_t n = 0;
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF) n = 2, *cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF) n = 3, *cp = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4) n = 4, *cp = c & 0x07;
  else return 0;
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    *cp = (*cp << 6) | (b(i + k) & 0x3F);
  }
  if ((n == 3 && (*cp < 0x800 || (*cp >= 0xD800 && *cp <= 0xDFFF))) ||
      (n == 4 && (*cp < 0x10000 || *cp > 0x10FFFF)))
    return 0;
  return n;
}

bool Invisible(uint32_t cp) {
  return (cp >= 0x80 && cp <= 0x9F) || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

}  // namespace

std::string Printable(std::string_view s, PrintableOptions options) {
  std::string out;
  out.reserve(s.size());
  size_t lead = 0;
  while (lead < s.size() && (s[lead] == ' ' || s[lead] == '\t')) ++lead;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = 0;
    const size_t n = Decode(s, i, &cp);
    if (n == 0) {
      HexByte(static_cast<unsigned char>(s[i]), &out);
      ++i;
      continue;
    }
    if (cp < 0x20 || cp == 0x7F) {
      switch (cp) {
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: HexByte(static_cast<unsigned char>(cp), &out);
      }
    } else if (Invisible(cp)) {
      HexCodePoint(cp, &out);
    } else if (cp == '\\' && options.path) {
      out += "\\\\";
    } else if (options.workflow && cp == ':' && i == lead && s.substr(i, 2) == "::") {
      HexByte(':', &out);
    } else if (cp == '[' && i >= 2 && s.substr(i - 2, 2) == "##") {
      HexByte('[', &out);
    } else {
      out.append(s.substr(i, n));
    }
    i += n;
  }
  return out;
}

}  // namespace k8slint
