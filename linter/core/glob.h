// Path globs of the config file (`exclude`, `per-file-ignores`), with gitignore-like
// meaning so that users of git, ruff and prettier read them the same way:
//   - a pattern without '/' matches a file or folder of that name at any depth
//     ("*.md", "vendor");
//   - a pattern with '/' is anchored at the config file's folder ("charts/*/values.yaml");
//     a leading "/" or "./" is the same anchor;
//   - `*`, `?` and `[...]` never match '/'; a `**` segment matches any number of folders;
//   - matching a folder matches everything below it.
#pragma once

#include <string_view>

namespace k8slint {

// REQUIRES: `path` is relative, '/'-separated and normalized ("a/b", no "." or "..").
bool GlobMatchesPath(std::string_view glob, std::string_view path);
// The glob contains a '/' (other than a trailing one): it names paths from the anchor.
bool GlobIsAnchored(std::string_view glob);

}  // namespace k8slint
