// .dockerignore matching as BuildKit does it (moby/patternmatcher): patterns are
// anchored at the context root, `*` and `?` stay within a path segment, `**` spans
// segments, a match on a folder covers everything below it, `!` re-includes, and the
// last matching pattern decides.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace k8slint::rules::df {

// Applies one pattern to `excluded`: set when it matches `path`, cleared when it is a
// matching `!` pattern.
void ApplyDockerignorePattern(std::string_view pattern, std::string_view path, bool* excluded);

// True when `path` (relative to the context root, '/'-separated) is left out of the
// build context by `patterns` (strings or the project facts' shared texts).
template <typename Text = std::string>
bool DockerignoreExcludes(const std::vector<Text>& patterns, std::string_view path) {
  bool excluded = false;
  for (const Text& p : patterns) ApplyDockerignorePattern(p, path, &excluded);
  return excluded;
}

}  // namespace k8slint::rules::df
