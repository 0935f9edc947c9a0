#include "linter/core/excerpt.h"

namespace k8slint {

std::string Excerpt(std::string_view text, size_t max) {
  std::string out;
  for (char c : text) {
    if (c == '\r') continue;
    if (c == '\n' || c == '\t') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
    // Past `max` with a visible byte the excerpt is cut anyway: stop, so an excerpt of a
    // huge command costs O(max), not O(command).
    if (out.size() > max && c != ' ') break;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() > max) {
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + "...";
  }
  return out;
}

}  // namespace k8slint
