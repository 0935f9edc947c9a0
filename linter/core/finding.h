// Finding: one reported problem, ready for any reporter.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "linter/core/level.h"
#include "linter/core/position.h"
#include "linter/core/shared_path.h"
#include "linter/core/shared_text.h"
#include "linter/core/sparse_vector.h"

namespace k8slint {

class Rule;

struct Finding {
  const Rule* rule = nullptr;  // owned by the registry, outlives every finding
  Level level = Level::kWarning;
  SharedPath path;  // the input's own copy (SourceFile::shared_path), not one per finding
  Span span;
  // Never holds a full secret. Interned (TextInterner): half the messages of a large run
  // repeat one another.
  SharedText message;
  SparseVector<RelatedLocation> related;  // a pointer while empty, as it mostly is
  // Stable across unrelated edits and line moves: hash of the rule, the content the
  // finding is about with every secret masked, and its occurrence index
  // (docs/suppressions.md#baseline, docs/output.md#fingerprints). Kept as the number and
  // written as 16 hex digits (FingerprintText): as text it was a heap block per finding.
  std::optional<uint64_t> fingerprint;
  // The fingerprint of version-1 baselines, which hashed the content with its secrets
  // unmasked. Set only when it differs, so such baselines keep matching; never printed.
  std::optional<uint64_t> legacy_fingerprint;
};

// A fingerprint as reports and baselines write it: 16 lower-case hex digits, "" when unset.
std::string FingerprintText(const std::optional<uint64_t>& fingerprint);

// Deterministic report order: path, line, column, rule id, message.
bool FindingLess(const Finding& a, const Finding& b);

}  // namespace k8slint
