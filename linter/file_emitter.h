// FileEmitter: the engine's Emitter for one source file. Keeps enabled rules only,
// applies configured levels, and on TakeFindings drops suppressed findings and
// computes fingerprints.
#pragma once

#include <string>
#include <vector>

#include "linter/emitter.h"
#include "linter/finding.h"
#include "linter/registry.h"
#include "linter/source.h"
#include "linter/suppress.h"

namespace k8slint {

class FileEmitter : public Emitter {
 public:
  FileEmitter(const SourceFile& source, const Registry& registry)
      : source_(source), registry_(registry) {}

  void Report(const Rule& rule, Span span, std::string message, EmitExtras extras = {}) override;
  void Suppress(SuppressionRange range) override;

  // Moves the unsuppressed findings to `out`.
  void TakeFindings(const Suppressions& inline_suppressions, std::vector<Finding>* out);

  // A finding about a whole file that could not be linted (K8L002/K8L004).
  static void Notice(const Registry& registry, const std::string& path, const std::string& rule_id,
                     const std::string& message, std::vector<Finding>* out);

 private:
  struct Pending {
    Finding finding;
    std::string key;
  };
  const SourceFile& source_;
  const Registry& registry_;
  std::vector<Pending> pending_;
  std::vector<Suppression> ranges_;
};

}  // namespace k8slint
