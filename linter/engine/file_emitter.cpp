#include "linter/engine/file_emitter.h"

#include <cstdint>
#include <algorithm>
#include <map>
#include <unordered_map>
#include <utility>
#include <tuple>

#include "linter/core/hash.h"
#include "linter/core/text.h"
#include "linter/models/secrets/in_text.h"
#include "linter/models/secrets/scanner.h"
#include "linter/models/secrets/values.h"
#include "linter/models/yaml/lines.h"
#include "rules/k8l/k8l006_unused_suppression.h"
#include "rules/k8l/k8l008_findings_capped.h"

namespace k8slint {
namespace {

// The path is left out: it depends on how k8slint was invoked (`.`, `./deploy`, a
// pre-commit file list), while the location beside the fingerprint (SARIF) or the
// baseline entry (repo-relative) already says which file it is. Identical findings
// on identical lines are told apart by their occurrence index.
uint64_t Fingerprint(const Finding& f, const std::string& key, int occurrence) {
  uint64_t h = Fnv1a(f.rule ? f.rule->meta().id : "");
  h = Fnv1a(std::string_view("\0", 1), h);
  h = Fnv1a(key, h);
  h = Fnv1a(std::string_view("\0", 1), h);
  return Fnv1a(std::to_string(occurrence), h);
}

bool IsSecretsRule(const Rule& rule) {
  const auto& tags = rule.meta().tags;
  return std::find(tags.begin(), tags.end(), "secrets") != tags.end();
}

std::string Cap(uint32_t n) { return n == 0 ? "off" : std::to_string(n); }

bool IsYaml(InputKind kind) {
  return kind == InputKind::kManifest || kind == InputKind::kValues || kind == InputKind::kChart ||
         kind == InputKind::kText;
}

}  // namespace

std::string HexHash(uint64_t h) {
  static const char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<size_t>(i)] = kHex[h & 15];
  return out;
}

std::string FingerprintText(const std::optional<uint64_t>& fingerprint) {
  return fingerprint ? HexHash(*fingerprint) : std::string();
}

bool FindingLess(const Finding& a, const Finding& b) {
  const std::string_view ia = a.rule ? a.rule->meta().id : "";
  const std::string_view ib = b.rule ? b.rule->meta().id : "";
  return std::tie(a.path, a.span.begin.line, a.span.begin.column, ia, a.message) <
         std::tie(b.path, b.span.begin.line, b.span.begin.column, ib, b.message);
}

void FileEmitter::Report(const Rule& rule, Span span, std::string message, EmitExtras extras) {
  if (!registry_.enabled(rule)) return;
  if (span.begin.line == 0) span.begin.line = 1;
  if (span.begin.column == 0) span.begin.column = 1;
  if (span.end < span.begin) span.end = span.begin;
  const bool here = extras.path.empty() || extras.path == source_.path();
  Key key = here ? Key::kLine : Key::kNone;
  Key legacy = key;  // for version-1 baselines (TakeFindings)
  if (!extras.fingerprint_key.empty()) {
    // A secrets rule's own key is derived from the secret (a fast hash of it can be
    // reversed with a word list); its finding is keyed by its line instead, masked.
    legacy = Key::kCustom;
    key = IsSecretsRule(rule) && here ? Key::kLine : Key::kCustom;
  }
  if (here && !Admit(rule, span.begin.line, key, legacy)) return;
  Finding f;
  f.rule = &rule;
  f.level = registry_.LevelOf(rule);
  if (extras.max_level && *extras.max_level < f.level) f.level = *extras.max_level;
  if (here) f.path = source_.shared_path();
  else f.path = std::move(extras.path);
  f.span = span;
  f.related = std::move(extras.related);
  // Built by push_back, with up to twice the room used: a finding is kept for the run.
  f.related.shrink_to_fit();
  pending_.push_back(
      {std::move(f), std::move(message), std::move(extras.fingerprint_key), key, legacy});
}

bool FileEmitter::Admit(const Rule& rule, uint32_t line, Key key, Key legacy) {
  if (caps_.per_rule == 0 && caps_.per_line == 0) return true;
  RuleCount& c = counts_[&rule];
  if (c.line != line) c.on_line = 0;
  c.line = line;
  ++c.on_line;
  const bool over = (caps_.per_rule != 0 && c.total >= caps_.per_rule) ||
                    (caps_.per_line != 0 && c.on_line > caps_.per_line);
  if (!over) {
    ++c.total;
    c.dropped = 0;
    return true;
  }
  if (c.dropped != 0) {
    Dropped& d = dropped_[c.dropped - 1];
    if (d.line == line && d.key == key && d.legacy == legacy) {
      ++d.count;
      return false;
    }
  }
  dropped_.push_back({&rule, line, 1, static_cast<uint32_t>(pending_.size()), key, legacy});
  c.dropped = static_cast<uint32_t>(dropped_.size());
  return false;
}

void FileEmitter::Suppress(SuppressionRange range) { ranges_.push_back(std::move(range)); }

Redactor FileEmitter::MakeRedactor() const {
  Redactor redactor(redaction_.finder, redaction_.redact);
  const FileContext* models = redaction_.models;
  if (!models) return redactor;
  const std::string_view text = source_.text();
  if (secrets::MayHoldDetectedSecret(text))
    for (const secrets::SecretMatch& m : models->secrets().matches)
      redactor.AddKnown(text.substr(m.begin, m.end - m.begin));
  // Values of secret-named keys: what the context rules (SE022, SE025) report, found the
  // same way in any kind.
  ByteRanges ranges;
  secrets::FindSecretAssignments(text, &ranges);
  for (const auto& [b, e] : ranges) redactor.AddKnown(text.substr(b, e - b));
  if (IsYaml(source_.kind()))
    for (const yaml::SecretDocument& doc : models->secret_documents())
      for (const yaml::SecretEntry& e : doc.entries)
        if (!secrets::IsReference(e.value) && !secrets::IsPlaceholder(e.value))
          redactor.AddKnown(e.value);
  return redactor;
}

// Fingerprints of one file's findings. A key is hashed once per distinct content and
// rule, and a line's key is trimmed and masked once per line: a long line with many
// findings costs its length once, not once per finding.
class FileEmitter::Fingerprints {
 public:
  Fingerprints(const SourceFile& source, const Redactor& redactor)
      : source_(source), redactor_(redactor) {}

  // Interned ids of the masked and the unmasked key.
  struct Ids {
    uint32_t masked;
    uint32_t legacy;
  };
  Ids Of(const Pending& p, uint32_t line) {
    Ids ids{};
    if (p.key == Key::kLine || p.legacy == Key::kLine) ids = Line(line);
    if (p.key == Key::kCustom) ids.masked = Intern(redactor_.Mask(p.custom));
    if (p.key == Key::kNone) ids.masked = Intern("");
    if (p.legacy == Key::kCustom) ids.legacy = Intern(p.custom);
    if (p.legacy == Key::kNone) ids.legacy = Intern("");
    return ids;
  }
  Ids Line(uint32_t line) {
    auto [it, added] = lines_.try_emplace(line);
    if (added) {
      const std::string_view text = Trim(source_.Line(line), kSpaceTab);
      it->second = {Intern(redactor_.Mask(text)), Intern(std::string(text))};
    }
    return it->second;
  }
  // The next occurrence index of (rule, path, key).
  int Next(const Rule& rule, const std::string& path, uint32_t id, bool legacy, int add = 1) {
    int& n = (legacy ? seen_legacy_ : seen_)[{rule.meta().id, path, id}];
    const int occurrence = n;
    n += add;
    return occurrence;
  }
  uint64_t Hash(const Rule& rule, uint32_t id, int occurrence) {
    auto [it, added] = states_.try_emplace({&rule, id});
    if (added) {
      uint64_t h = Fnv1a(rule.meta().id);
      h = Fnv1a(std::string_view("\0", 1), h);
      it->second = Fnv1a(*keys_[id], h);
    }
    uint64_t h = Fnv1a(std::string_view("\0", 1), it->second);
    return Fnv1a(std::to_string(occurrence), h);
  }

 private:
  uint32_t Intern(std::string key) {
    auto [it, added] = ids_.try_emplace(std::move(key), static_cast<uint32_t>(keys_.size()));
    if (added) keys_.push_back(&it->first);
    return it->second;
  }
  struct PairHash {
    size_t operator()(const std::pair<const Rule*, uint32_t>& k) const {
      return std::hash<const void*>()(k.first) * 31 + k.second;
    }
  };
  const SourceFile& source_;
  const Redactor& redactor_;
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<const std::string*> keys_;  // by id; unordered_map keys do not move
  std::unordered_map<uint32_t, Ids> lines_;
  std::unordered_map<std::pair<const Rule*, uint32_t>, uint64_t, PairHash> states_;
  std::map<std::tuple<std::string_view, std::string, uint32_t>, int> seen_, seen_legacy_;
};

void FileEmitter::TakeFindings(Suppressions* suppressions, std::vector<Finding>* out) {
  for (const SuppressionRange& r : ranges_) suppressions->Add(r, registry_);
  ranges_.clear();
  for (const SuppressionProblem& p : suppressions->problems)
    for (const Rule* r : registry_.Resolve(p.rule_id)) Report(*r, p.span, p.message);
  suppressions->problems.clear();
  if (pending_.empty() && dropped_.empty()) return;
  const Redactor redactor = MakeRedactor();
  if (redaction_.known)
    redaction_.known->insert(redaction_.known->end(), redactor.known().begin(),
                             redactor.known().end());
  Fingerprints prints(source_, redactor);
  std::map<const Rule*, uint64_t> dropped;  // not suppressed, by rule
  size_t next_dropped = 0;
  // Findings past a cap count toward the occurrence index of the ones after them, so the
  // findings shown keep the fingerprints they have without caps.
  auto drop_until = [&](size_t index) {
    for (; next_dropped < dropped_.size() && dropped_[next_dropped].before <= index;
         ++next_dropped) {
      const Dropped& d = dropped_[next_dropped];
      if (suppressions->Use(*d.rule, d.line)) continue;
      dropped[d.rule] += d.count;
      if (d.key != Key::kLine) continue;  // a rule's own key was not kept
      const FileEmitter::Fingerprints::Ids ids = prints.Line(d.line);
      prints.Next(*d.rule, source_.path(), ids.masked, false, static_cast<int>(d.count));
      if (d.legacy == Key::kLine)
        prints.Next(*d.rule, source_.path(), ids.legacy, true, static_cast<int>(d.count));
    }
  };
  for (size_t i = 0; i < pending_.size(); ++i) {
    drop_until(i);
    Pending& p = pending_[i];
    Finding& f = p.finding;
    if (f.path == source_.path() && suppressions->Use(*f.rule, f.span.begin.line)) continue;
    f.message = InternText(redaction_.interner, redactor.Apply(p.message));
    for (RelatedLocation& r : f.related)
      r.message = InternText(redaction_.interner, redactor.Apply(r.message));
    // The fingerprint hashes the content with its secrets masked, whatever --no-redact.
    const Fingerprints::Ids ids = prints.Of(p, f.span.begin.line);
    f.fingerprint =
        prints.Hash(*f.rule, ids.masked, prints.Next(*f.rule, f.path, ids.masked, false));
    const uint64_t legacy =
        prints.Hash(*f.rule, ids.legacy, prints.Next(*f.rule, f.path, ids.legacy, true));
    if (legacy != f.fingerprint) f.legacy_fingerprint = legacy;
    out->push_back(std::move(f));
  }
  drop_until(pending_.size());
  pending_.clear();
  dropped_.clear();
  for (auto& [rule, c] : counts_) c.dropped = 0;
  if (!dropped.empty())
    NoteDropped(std::vector<std::pair<const Rule*, uint64_t>>(dropped.begin(), dropped.end()),
                suppressions, out);
}

void FileEmitter::NoteDropped(const std::vector<std::pair<const Rule*, uint64_t>>& counts,
                              Suppressions* suppressions, std::vector<Finding>* out) const {
  const std::vector<const Rule*> note = registry_.Resolve(rules::kFindingsCapped);
  if (note.empty() || !registry_.enabled(*note.front())) return;
  if (suppressions->Use(*note.front(), 1)) return;
  std::vector<std::pair<std::string_view, uint64_t>> by_id;
  for (const auto& [rule, n] : counts) by_id.emplace_back(rule->meta().id, n);
  std::sort(by_id.begin(), by_id.end());
  uint64_t total = 0;
  std::string list, ids;
  for (const auto& [id, n] : by_id) {
    total += n;
    list += (list.empty() ? "" : ", ") + std::string(id) + " " + std::to_string(n);
    ids += std::string(id) + " ";
  }
  Finding f;
  f.rule = note.front();
  f.level = registry_.LevelOf(*f.rule);
  f.path = source_.shared_path();
  f.span = Span::At(1, 1);
  f.message = std::to_string(total) + " more finding" + (total == 1 ? "" : "s") +
              " not shown (max-findings-per-rule " + Cap(caps_.per_rule) +
              " in a file, max-findings-per-line " + Cap(caps_.per_line) + "): " + list;
  // Keyed by the rules, not the counts, so the note keeps its fingerprint as they change.
  f.fingerprint = Fingerprint(f, ids, 0);
  out->push_back(std::move(f));
}

void FileEmitter::TakeUnused(Suppressions* suppressions, std::vector<Finding>* out) {
  const std::vector<const Rule*> unused = registry_.Resolve(rules::kUnusedSuppression);
  if (unused.empty() || !registry_.enabled(*unused.front())) return;
  suppressions->problems = suppressions->Unused(registry_);
  TakeFindings(suppressions, out);
}

void FileEmitter::Notice(const Registry& registry, const std::string& path,
                         const std::string& rule_id, const std::string& message,
                         const Redactor& redactor, std::vector<Finding>* out) {
  for (const Rule* r : registry.Resolve(rule_id)) {
    if (!registry.enabled(*r)) continue;
    Finding f;
    f.rule = r;
    f.level = registry.LevelOf(*r);
    f.path = path;
    f.span = Span::At(1, 1);
    f.message = redactor.Apply(message);
    f.fingerprint = Fingerprint(f, redactor.Mask(message), 0);
    out->push_back(std::move(f));
  }
}

}  // namespace k8slint
