#include "rules/df/dockerignore_match.h"

namespace k8slint::rules::df {
namespace {

// Go's filepath.Match extended with `**`; `p` and `s` are whole remaining strings.
bool Match(std::string_view p, std::string_view s) {
  while (!p.empty()) {
    if (p.starts_with("**")) {
      std::string_view rest = p.substr(2);
      if (rest.starts_with("/") && Match(rest.substr(1), s)) return true;  // zero folders
      for (size_t i = 0; i <= s.size(); ++i)
        if (Match(rest, s.substr(i))) return true;
      return false;
    }
    const char c = p[0];
    if (c == '*') {
      for (size_t i = 0; i <= s.size(); ++i) {
        if (Match(p.substr(1), s.substr(i))) return true;
        if (i < s.size() && s[i] == '/') break;
      }
      return false;
    }
    if (s.empty()) return false;
    if (c == '?') {
      if (s[0] == '/') return false;
    } else if (c == '[') {
      const size_t close = p.find(']', 1);
      if (close == std::string_view::npos) return false;
      std::string_view set = p.substr(1, close - 1);
      const bool negate = !set.empty() && (set[0] == '^' || set[0] == '!');
      if (negate) set.remove_prefix(1);
      bool in = false;
      for (size_t i = 0; i < set.size(); ++i) {
        if (i + 2 < set.size() && set[i + 1] == '-') {
          in = in || (s[0] >= set[i] && s[0] <= set[i + 2]);
          i += 2;
        } else {
          in = in || s[0] == set[i];
        }
      }
      if (in == negate || s[0] == '/') return false;
      p.remove_prefix(close);
    } else {
      if (c == '\\' && p.size() > 1) p.remove_prefix(1);
      if (p[0] != s[0]) return false;
    }
    p.remove_prefix(1);
    s.remove_prefix(1);
  }
  return s.empty();
}

// filepath.Clean of a pattern, as the matcher does before comparing: no leading "/" or
// "./", no trailing "/", no "//".
std::string Clean(std::string_view p) {
  while (p.starts_with("/") || p.starts_with("./")) p.remove_prefix(p[0] == '/' ? 1 : 2);
  std::string out;
  for (char c : p)
    if (!(c == '/' && !out.empty() && out.back() == '/')) out += c;
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

}  // namespace

void ApplyDockerignorePattern(std::string_view raw, std::string_view path, bool* excluded) {
  std::string_view p = raw;
  const bool negate = p.starts_with("!");
  if (negate) p.remove_prefix(1);
  const std::string pattern = Clean(p);
  if (pattern.empty()) return;
  // The path itself or a folder above it.
  bool hit = Match(pattern, path);
  for (size_t slash = path.find('/'); !hit && slash != std::string_view::npos;
       slash = path.find('/', slash + 1))
    hit = Match(pattern, path.substr(0, slash));
  if (hit) *excluded = !negate;
}

}  // namespace k8slint::rules::df
