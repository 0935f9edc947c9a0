// Positions in source files. Lines and columns are 1-based; a column counts
// Unicode code points from the start of the line (SARIF "unicodeCodePoints"),
// so a tab or a multi-byte character is one column.
#pragma once

#include <cstdint>
#include <string>

#include "linter/core/shared_path.h"
#include "linter/core/shared_text.h"

namespace k8slint {

struct Position {
  uint32_t line = 1;
  uint32_t column = 1;
  friend bool operator==(const Position&, const Position&) = default;
  friend auto operator<=>(const Position&, const Position&) = default;
};

struct Span {
  Position begin;
  Position end;  // inclusive end column; equal to begin for a point
  static Span At(Position p) { return Span{p, p}; }
  static Span At(uint32_t line, uint32_t column) { return At(Position{line, column}); }
  friend bool operator==(const Span&, const Span&) = default;
};

// A position in another file, for findings that relate two files.
struct RelatedLocation {
  SharedPath path;
  Span span;
  SharedText message;  // interned once taken into a finding (TextInterner)
};

}  // namespace k8slint
