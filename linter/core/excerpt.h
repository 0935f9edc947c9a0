// Excerpt: source text quoted in a finding message, bounded, so a message costs O(max)
// however long the name, value or path it quotes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace k8slint {

// The length messages quote source text at: an image reference with a digest, a path
// or a resource name fits, a generated 100 KB value does not.
inline constexpr size_t kExcerptMax = 200;

// `text` when it fits in `max` bytes; otherwise its words that fit, then "...". It never
// cuts inside a word (a run without blanks): the emitter redacts secrets it recognises
// in messages, and a cut token would no longer be recognised, so a word that does not
// fit is left out whole. Control characters are kept for Printable to show.
std::string Excerpt(std::string_view text, size_t max = kExcerptMax);

}  // namespace k8slint
