#include "linter/core/redact.h"

#include "linter/core/source.h"

namespace k8slint {
namespace {

// Bytes of the first `n` code points; control characters end the prefix early.
size_t PrefixBytes(std::string_view s, uint32_t n) {
  size_t i = 0;
  for (uint32_t cp = 0; cp < n && i < s.size(); ++cp) {
    if (static_cast<unsigned char>(s[i]) < 0x20) break;
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

}  // namespace

std::string Redact(std::string_view secret, bool redact) {
  if (!redact) return std::string(secret);
  const uint32_t length = CodePointCount(secret);
  const uint32_t shown = length >= 20 ? 4 : length >= 10 ? 2 : 0;
  std::string out(secret.substr(0, PrefixBytes(secret, shown)));
  out += "\xE2\x80\xA6(redacted, ";
  out += std::to_string(length);
  out += length == 1 ? " char)" : " chars)";
  return out;
}

}  // namespace k8slint
