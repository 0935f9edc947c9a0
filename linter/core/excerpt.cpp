#include "linter/core/excerpt.h"

namespace k8slint {
namespace {

bool IsBreak(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::string Excerpt(std::string_view text, size_t max) {
  if (text.size() <= max) return std::string(text);
  size_t cut = max;
  while (cut > 0 && !IsBreak(text[cut])) --cut;
  while (cut > 0 && IsBreak(text[cut - 1])) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

}  // namespace k8slint
