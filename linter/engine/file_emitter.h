// FileEmitter: the engine's Emitter for one source file. Keeps enabled rules only,
// applies configured levels, and on TakeFindings reports problems with the file's
// suppressions, drops suppressed findings, redacts what is left (the file's secrets and
// anything a detector finds in the text) and computes fingerprints that hold no secret.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "linter/core/emitter.h"
#include "linter/core/file_context.h"
#include "linter/core/redact.h"
#include "linter/core/finding.h"
#include "linter/core/registry.h"
#include "linter/core/source.h"
#include "linter/core/text_interner.h"
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
  // Where findings' messages are held once each (may be null: each is held as it is).
  TextInterner* interner = nullptr;
};

// Findings kept per rule in the file and per rule on one line (0: no cap); the rest are
// counted in one K8L008 note (Config::max_findings_per_rule, max_findings_per_line).
struct FindingCaps {
  uint32_t per_rule = 0;
  uint32_t per_line = 0;
};

class FileEmitter : public Emitter {
 public:
  FileEmitter(const SourceFile& source, const Registry& registry, RedactionSource redaction = {},
              FindingCaps caps = {})
      : source_(source), registry_(registry), redaction_(redaction), caps_(caps) {}

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
  // What a fingerprint hashes: the trimmed text of the finding's line (looked up once
  // per line in TakeFindings, never copied per finding), the rule's own key, or nothing.
  enum class Key : uint8_t { kNone, kLine, kCustom };
  struct Pending {
    Finding finding;
    std::string message;      // the finding's, until it is redacted and interned
    std::string custom;       // EmitExtras::fingerprint_key
    Key key = Key::kNone;     // hashed with its secrets masked
    Key legacy = Key::kNone;  // version-1 baselines: the key before secrets were masked
  };
  // Findings past a cap: consecutive ones of a rule on one line share a record. Kept for
  // their suppressions (a suppressed one is not counted in the note, and its suppression
  // was used) and for the occurrence index of later identical lines' fingerprints.
  struct Dropped {
    const Rule* rule;
    uint32_t line;
    uint32_t count;
    uint32_t before;  // the number of pending findings when it was dropped
    Key key;
    Key legacy;
  };
  struct RuleCount {
    uint32_t total = 0;
    uint32_t line = 0;     // the line of the rule's last finding
    uint32_t on_line = 0;  // its consecutive findings on that line
    uint32_t dropped = 0;  // index + 1 into dropped_ of its last record, while it is the
                           // rule's last finding; 0: none
  };
  class Fingerprints;
  // False when the finding goes past a cap (and is recorded in dropped_).
  bool Admit(const Rule& rule, uint32_t line, Key key, Key legacy);
  // One K8L008 note for the findings dropped and not suppressed, by rule.
  void NoteDropped(const std::vector<std::pair<const Rule*, uint64_t>>& counts,
                   Suppressions* suppressions, std::vector<Finding>* out) const;
  // The file's known secrets and the finder, built once the file has findings.
  Redactor MakeRedactor() const;
  const SourceFile& source_;
  const Registry& registry_;
  RedactionSource redaction_;
  FindingCaps caps_;
  std::vector<Pending> pending_;
  std::vector<Dropped> dropped_;
  std::unordered_map<const Rule*, RuleCount> counts_;
  std::vector<SuppressionRange> ranges_;
};

}  // namespace k8slint
