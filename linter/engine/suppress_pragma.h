// Building k8slint's own suppressions from their text (`RULES [until=...] [-- reason]`),
// shared by the comment scanner (suppress_scan.cpp) and model ranges such as
// annotations (Suppressions::Add). Internal to the suppression code.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "linter/engine/suppress.h"

namespace k8slint::pragma {

// Turns offsets within a pragma's text into spans of the file or, for an
// annotation (no source), always the annotation's own span.
class Locator {
 public:
  Locator(const SourceFile* src, size_t base, Span fixed) : src_(src), base_(base), fixed_(fixed) {}
  Span At(const PragmaText::Word& w) const;

 private:
  const SourceFile* src_;
  size_t base_;
  Span fixed_;
};

// "ignore=", "ignore-file=", "ignore-stage=" or "annotation", for messages.
std::string_view ScopeName(SuppressionScope scope);

// A suppression of `scope` from the text after `ignore=`; lines are left for the
// caller. Unknown rules, bad dates, unknown options and expiry land in `problems`;
// a malformed or expired suppression is inactive.
Suppression Build(std::string_view text, const Locator& where, Span marker, SuppressionScope scope,
                  const Registry& registry, int32_t today,
                  std::vector<SuppressionProblem>* problems);

}  // namespace k8slint::pragma
