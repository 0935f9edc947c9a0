// Suppressions: where findings are silenced, and what is wrong with the suppressions
// themselves. The syntax is documented in docs/suppressions.md.
//
// Comments, found by scanning raw lines (models drop comments):
//   # k8slint ignore=RULES [until=YYYY-MM-DD] [-- reason]   next code line (trailing: own line)
//   # k8slint ignore-file=RULES ...                         whole file; leading comments only
//   # k8slint ignore-stage=RULES ...                        a Dockerfile stage; above its FROM
//   # hadolint ignore=DL3002, # hadolint global ignore=...  hadolint's, through aliases
//   ... gitleaks:allow                                      every secrets (SE) finding on the line
// Models add ranges of their own (Kubernetes annotations) through Suppressions::Add.
// An expired or malformed suppression silences nothing and is reported.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/emitter.h"
#include "linter/core/file_context.h"
#include "linter/core/position.h"
#include "linter/core/source.h"

namespace k8slint {

class Registry;
class Rule;

enum class SuppressionScope { kLine, kStage, kFile, kRange };

// One entry of a suppression's rule list.
struct SuppressionTarget {
  std::string token;               // as written
  std::vector<const Rule*> rules;  // what it names; empty when unknown
  Span span;                       // where it is written
  bool used = false;               // it silenced at least one finding
};

struct Suppression {
  SuppressionScope scope = SuppressionScope::kLine;
  uint32_t first_line = 0;
  uint32_t last_line = 0;
  std::vector<SuppressionTarget> targets;
  // k8slint's own syntax. Peers' pragmas and annotations (hadolint, gitleaks,
  // kube-linter, kube-score) may still serve their tool, so they are never
  // reported as unused and take no options.
  bool own = true;
  std::optional<int32_t> until;  // last day it applies, days since 1970-01-01
  std::string reason;            // after `--`; may be empty
  bool active = true;            // false when expired or malformed
};

// A finding about a suppression, for the engine to report under `rule_id`.
struct SuppressionProblem {
  std::string_view rule_id;  // K8L003, K8L005, K8L006 or K8L007
  Span span;
  std::string message;
};

struct Suppressions {
  std::vector<Suppression> entries;
  std::vector<SuppressionProblem> problems;  // K8L003, K8L005, K8L007
  int32_t today = 0;                         // days since 1970-01-01

  // An active entry silences `rule` at `line`. Findings about suppressions
  // (IsSuppressionRule) are silenced by file scope only: a comment cannot vouch
  // for itself.
  bool Covers(const Rule& rule, uint32_t line) const;
  // Covers, and marks every matching target as used.
  bool Use(const Rule& rule, uint32_t line);
  // Adds a model's range (an annotation); problems with it land in `problems`.
  void Add(const SuppressionRange& range, const Registry& registry);
  // K8L006 for k8slint's own targets that silenced nothing although one of their
  // rules ran. Call after every finding of the file went through Use.
  std::vector<SuppressionProblem> Unused(const Registry& registry) const;
};

// Scans `source` for suppression comments; expiry is judged against `today`.
Suppressions ScanSuppressions(const FileContext& file, const Registry& registry, int32_t today);

// The findings about suppressions: K8L003, K8L005, K8L006, K8L007.
bool IsSuppressionRule(const Rule& rule);

// The text after `ignore=`: `RULE[,RULE...] [until=YYYY-MM-DD] [-- reason]`.
// Offsets are bytes into the parsed text.
struct PragmaText {
  struct Word {
    std::string_view text;
    size_t offset = 0;
  };
  std::vector<Word> rules;
  std::optional<Word> until;          // the date as written
  std::vector<Word> unknown_options;  // `key=value` words other than until=
  std::string_view reason;
};
PragmaText ParsePragmaText(std::string_view text);

}  // namespace k8slint
