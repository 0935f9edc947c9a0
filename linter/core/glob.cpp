#include "linter/core/glob.h"

#include <fnmatch.h>

#include <string>
#include <vector>

namespace k8slint {
namespace {

std::vector<std::string> Segments(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t slash = s.find('/', start);
    if (slash == std::string_view::npos) slash = s.size();
    if (slash > start) out.emplace_back(s.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

// Whether `pattern` matches a prefix of `path` (a folder matches what lies below it).
// Dynamic programming over (pattern segment, path segment), so several `**` segments
// cost O(pattern x path) instead of backtracking.
bool MatchesPrefix(const std::vector<std::string>& pattern, const std::vector<std::string>& path) {
  const size_t np = pattern.size(), ns = path.size();
  // reach[j]: the first i pattern segments can consume exactly the first j path segments.
  std::vector<char> reach(ns + 1, 0), next(ns + 1, 0);
  reach[0] = 1;
  for (size_t i = 0; i < np; ++i) {
    std::fill(next.begin(), next.end(), 0);
    if (pattern[i] == "**") {
      bool any = false;
      for (size_t j = 0; j <= ns; ++j) next[j] = any = any || reach[j];
    } else {
      for (size_t j = 0; j < ns; ++j)
        if (reach[j] && fnmatch(pattern[i].c_str(), path[j].c_str(), 0) == 0) next[j + 1] = 1;
    }
    reach.swap(next);
  }
  for (size_t j = 1; j <= ns; ++j)
    if (reach[j]) return true;
  return false;
}

}  // namespace

bool GlobIsAnchored(std::string_view glob) {
  if (glob.ends_with('/')) glob.remove_suffix(1);  // "vendor/" names a folder anywhere
  return glob.find('/') != std::string_view::npos;
}

bool GlobMatchesPath(std::string_view glob, std::string_view path) {
  const bool anchored = GlobIsAnchored(glob);
  if (glob.starts_with("./")) glob.remove_prefix(2);
  std::vector<std::string> pattern = Segments(glob);
  if (pattern.empty()) return false;
  const std::vector<std::string> segments = Segments(path);
  if (!anchored) pattern.insert(pattern.begin(), "**");
  return MatchesPrefix(pattern, segments);
}

}  // namespace k8slint
