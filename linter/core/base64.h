// Base64 decoding for judging what an encoded value holds (JWT headers, Secret data).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace k8slint {

// Decodes `in` in either alphabet (standard `+/` or URL-safe `-_`) up to its first
// character outside them ('=' padding included). `*consumed`, when given, is how many
// characters were decoded, so callers can tell a whole value from a prefix.
inline std::string DecodeBase64(std::string_view in, size_t* consumed = nullptr) {
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  size_t i = 0;
  for (; i < in.size(); ++i) {
    const char c = in[i];
    int v;
    if (c >= 'A' && c <= 'Z') v = c - 'A';
    else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
    else if (c >= '0' && c <= '9') v = c - '0' + 52;
    else if (c == '-' || c == '+') v = 62;
    else if (c == '_' || c == '/') v = 63;
    else break;
    acc = acc << 6 | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  if (consumed) *consumed = i;
  return out;
}

}  // namespace k8slint
