// Finding: one reported problem, ready for any reporter.
#pragma once

#include <string>
#include <vector>

#include "linter/core/level.h"
#include "linter/core/position.h"

namespace k8slint {

class Rule;

struct Finding {
  const Rule* rule = nullptr;  // owned by the registry, outlives every finding
  Level level = Level::kWarning;
  std::string path;
  Span span;
  std::string message;  // never holds a full secret
  std::vector<RelatedLocation> related;
  // Stable across unrelated edits and line moves: hash of the rule, the content the
  // finding is about with every secret masked, and its occurrence index
  // (docs/suppressions.md#baseline, docs/output.md#fingerprints).
  std::string fingerprint;
  // The fingerprint of version-1 baselines, which hashed the content with its secrets
  // unmasked. Set only when it differs, so such baselines keep matching; never printed.
  std::string legacy_fingerprint;
};

// Deterministic report order: path, line, column, rule id, message.
bool FindingLess(const Finding& a, const Finding& b);

}  // namespace k8slint
