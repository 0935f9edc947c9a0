// Fenced code blocks of a markdown file, found by cmark (CommonMark): backtick and
// tilde fences, indented fences, fences in lists and block quotes. Each content line
// keeps the byte offset where it starts in the file, after the container's indentation.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "linter/core/position.h"
#include "linter/core/source.h"

namespace k8slint::markdown {

struct FenceLine {
  std::string text;      // without the line end
  uint32_t file_offset;  // where `text` starts in the source
};

struct Fence {
  std::string info;      // the whole info string
  std::string language;  // its first word in lower case, `{.lang}` braces removed
  Span open_span;        // the opening fence and info string
  bool closed = true;    // false: the block runs to the end of its container
  std::vector<FenceLine> lines;
};

// Never fails; a file without fences gives an empty list.
std::vector<Fence> ExtractFences(const SourceFile& file);

}  // namespace k8slint::markdown
