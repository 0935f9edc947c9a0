// The size `text` has once gzip-compressed (deflate level 6, as `gzip` and most upload
// clients use), to hold a SARIF log to GitHub's upload limit. zlib is loaded with
// dlopen on first use, like libgit2 (linter/vcs/git.cpp): only a log over the limit
// uncompressed needs it, and every other run keeps its startup cost.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace k8slint::report {

// nullopt when zlib cannot be loaded; the caller then holds the uncompressed size to the
// limit, which the compressed size never exceeds by more than a few bytes per 16 KB.
std::optional<uint64_t> GzipSize(std::string_view text);

}  // namespace k8slint::report
