// Emitter: where rules send findings. The engine's implementation knows the current
// file, applies levels from the configuration and computes fingerprints.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "linter/core/level.h"
#include "linter/core/position.h"

namespace k8slint {

class Rule;

struct EmitExtras {
  std::vector<RelatedLocation> related;
  // Content identifying the finding for its fingerprint (e.g. a hash of a secret).
  // Empty: the text of the reported line is used.
  std::string fingerprint_key;
  // For project rules: the file the finding belongs to. Empty: the current file.
  SharedPath path;
  // Caps the finding's level (e.g. a note when nothing could be verified); the
  // configured level still applies when it is lower.
  std::optional<Level> max_level;
};

// A range of lines where some rules are suppressed, found by a model (for example a
// kube-linter annotation on a Kubernetes object).
struct SuppressionRange {
  std::vector<std::string> rules;  // ids, names or aliases as written
  uint32_t first_line = 0;
  uint32_t last_line = 0;
  // k8slint's own annotations carry their rules in `text`, in comment syntax
  // (`RULES [until=YYYY-MM-DD] [-- reason]`), and are reported at `at` when
  // unknown, unused, expired or malformed. Peers' annotations use `rules` only.
  bool own = false;
  std::string text;
  Span at;
};

class Emitter {
 public:
  virtual ~Emitter() = default;
  virtual void Report(const Rule& rule, Span span, std::string message, EmitExtras extras = {}) = 0;
  virtual void Suppress(SuppressionRange range) = 0;
};

}  // namespace k8slint
