// FileEmitter: the engine's Emitter for one source file. Keeps enabled rules only,
// applies configured levels, and on TakeFindings reports problems with the file's
// suppressions, drops suppressed findings and computes fingerprints.
#pragma once

#include <string>
#include <vector>

#include "linter/core/emitter.h"
#include "linter/core/finding.h"
#include "linter/core/registry.h"
#include "linter/core/source.h"
#include "linter/engine/suppress.h"

namespace k8slint {

class FileEmitter : public Emitter {
 public:
  FileEmitter(const SourceFile& source, const Registry& registry)
      : source_(source), registry_(registry) {}

  void Report(const Rule& rule, Span span, std::string message, EmitExtras extras = {}) override;
  void Suppress(SuppressionRange range) override;
  bool has_pending() const { return !pending_.empty(); }

  // Adds the models' ranges to `suppressions`, reports its problems (K8L003, K8L005,
  // K8L007), and moves the unsuppressed findings to `out`, marking the
  // suppressions that silenced something.
  void TakeFindings(Suppressions* suppressions, std::vector<Finding>* out);
  // Reports K8L006 for suppressions that silenced nothing (when the rule is
  // enabled) into `out`. REQUIRES: every finding of the file went through
  // `suppressions` first (TakeFindings, and project findings through Use).
  void TakeUnused(Suppressions* suppressions, std::vector<Finding>* out);

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
  std::vector<SuppressionRange> ranges_;
};

}  // namespace k8slint
