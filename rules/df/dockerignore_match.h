// .dockerignore matching as BuildKit does it (moby/patternmatcher): patterns are
// anchored at the context root, `*` and `?` stay within a path segment, `**` spans
// segments, a match on a folder covers everything below it, `!` re-includes, and the
// last matching pattern decides.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace k8slint::rules::df {

// True when `path` (relative to the context root, '/'-separated) is left out of the
// build context by `patterns`.
bool DockerignoreExcludes(const std::vector<std::string>& patterns, std::string_view path);

}  // namespace k8slint::rules::df
