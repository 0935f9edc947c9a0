// Inline suppressions found by scanning a file's raw lines (models drop comments):
//   # k8slint ignore=NR001,multi-stage-...   k8slint's own, by id, name, alias or family
//   # hadolint ignore=DL3002,SC2086           hadolint's, mapped through aliases
//   ... gitleaks:allow                        every secrets (SE) finding on that line
// A pragma in a comment-only line covers the next code line (and its continuation
// lines); a trailing pragma covers its own line.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "linter/position.h"
#include "linter/source.h"

namespace k8slint {

class Registry;
class Rule;

struct Suppression {
  std::vector<const Rule*> rules;
  uint32_t first_line = 0;
  uint32_t last_line = 0;
};

struct UnknownSuppressionTarget {
  std::string token;
  Span span;
};

struct Suppressions {
  std::vector<Suppression> entries;
  std::vector<UnknownSuppressionTarget> unknown;

  bool Covers(const Rule& rule, uint32_t line) const;
};

Suppressions ScanSuppressions(const SourceFile& source, const Registry& registry);

}  // namespace k8slint
