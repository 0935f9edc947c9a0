// Excerpt: source text quoted in a finding message, on one line and bounded, so a
// message costs O(max) however long the name, value or command it quotes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace k8slint {

// The length messages quote source text at: an image reference, a path or a command
// fits, a generated 100 KB value does not.
inline constexpr size_t kExcerptMax = 80;

// `text` on one line (line breaks and tabs as single spaces, runs of spaces collapsed),
// cut at a UTF-8 boundary to about `max` bytes with "..." when longer.
std::string Excerpt(std::string_view text, size_t max = kExcerptMax);

}  // namespace k8slint
