// FileEmitter: the engine's Emitter for one source file. Keeps enabled rules only,
// applies configured levels, and on TakeFindings reports problems with the file's
// suppressions, drops suppressed findings, redacts what is left (the file's secrets and
// anything a detector finds in the text) and computes fingerprints that hold no secret.
#pragma once

#include <string>
#include <vector>

#include "linter/core/emitter.h"
#include "linter/core/file_context.h"
#include "linter/core/redact.h"
#include "linter/core/finding.h"
#include "linter/core/registry.h"
#include "linter/core/source.h"
#include "linter/engine/suppress.h"

namespace k8slint {

// Where the emitter learns a file's secrets: `finder` looks inside each message (may be
// null in tests), `models` (null once the file has left memory, in the project phase)
// holds the scanner's matches and the secret-named values of the file.
struct RedactionSource {
  const SecretFinder* finder = nullptr;
  const FileContext* models = nullptr;
  bool redact = true;  // false: --no-redact (fingerprints are masked all the same)
  // Receives the secrets learnt from the file, for the report's redactor: a project
  // finding or a path elsewhere may quote them. May be null.
  std::vector<std::string>* known = nullptr;
};

class FileEmitter : public Emitter {
 public:
  FileEmitter(const SourceFile& source, const Registry& registry, RedactionSource redaction = {})
      : source_(source), registry_(registry), redaction_(redaction) {}

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
                     const std::string& message, const Redactor& redactor,
                     std::vector<Finding>* out);

 private:
  struct Pending {
    Finding finding;
    std::string key;
    std::string legacy_key;  // the key before secrets were masked out of it
  };
  // The file's known secrets and the finder, built once the file has findings.
  Redactor MakeRedactor() const;
  const SourceFile& source_;
  const Registry& registry_;
  RedactionSource redaction_;
  std::vector<Pending> pending_;
  std::vector<SuppressionRange> ranges_;
};

}  // namespace k8slint
