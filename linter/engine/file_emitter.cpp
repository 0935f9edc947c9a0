#include "linter/engine/file_emitter.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "linter/core/hash.h"
#include "linter/core/text.h"
#include "linter/models/secrets/in_text.h"
#include "linter/models/secrets/scanner.h"
#include "linter/models/secrets/values.h"
#include "linter/models/yaml/lines.h"
#include "rules/k8l/k8l006_unused_suppression.h"

namespace k8slint {
namespace {

// The path is left out: it depends on how k8slint was invoked (`.`, `./deploy`, a
// pre-commit file list), while the location beside the fingerprint (SARIF) or the
// baseline entry (repo-relative) already says which file it is. Identical findings
// on identical lines are told apart by their occurrence index.
std::string Fingerprint(const Finding& f, const std::string& key, int occurrence) {
  uint64_t h = Fnv1a(f.rule ? f.rule->meta().id : "");
  h = Fnv1a(std::string_view("\0", 1), h);
  h = Fnv1a(key, h);
  h = Fnv1a(std::string_view("\0", 1), h);
  h = Fnv1a(std::to_string(occurrence), h);
  return HexHash(h);
}

bool IsSecretsRule(const Rule& rule) {
  const auto& tags = rule.meta().tags;
  return std::find(tags.begin(), tags.end(), "secrets") != tags.end();
}

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
  Finding f;
  f.rule = &rule;
  f.level = registry_.LevelOf(rule);
  if (extras.max_level && *extras.max_level < f.level) f.level = *extras.max_level;
  if (extras.path.empty()) f.path = source_.path();
  else f.path = std::move(extras.path);
  f.span = span;
  f.message = std::move(message);
  f.related = std::move(extras.related);
  std::string key = std::move(extras.fingerprint_key);
  if (key.empty() && f.path == source_.path())
    key = std::string(Trim(source_.Line(span.begin.line), kSpaceTab));
  // A secrets rule's own key is derived from the secret (a fast hash of it can be
  // reversed with a word list); its finding is keyed by its line instead, masked below.
  std::string legacy_key = key;  // for version-1 baselines (TakeFindings)
  if (IsSecretsRule(rule) && f.path == source_.path())
    key = std::string(Trim(source_.Line(span.begin.line), kSpaceTab));
  pending_.push_back({std::move(f), std::move(key), std::move(legacy_key)});
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

void FileEmitter::TakeFindings(Suppressions* suppressions, std::vector<Finding>* out) {
  for (const SuppressionRange& r : ranges_) suppressions->Add(r, registry_);
  ranges_.clear();
  for (const SuppressionProblem& p : suppressions->problems)
    for (const Rule* r : registry_.Resolve(p.rule_id)) Report(*r, p.span, p.message);
  suppressions->problems.clear();
  if (pending_.empty()) return;
  const Redactor redactor = MakeRedactor();
  if (redaction_.known)
    redaction_.known->insert(redaction_.known->end(), redactor.known().begin(),
                             redactor.known().end());
  std::map<std::tuple<std::string_view, std::string, std::string>, int> seen, seen_legacy;
  for (Pending& p : pending_) {
    Finding& f = p.finding;
    if (f.path == source_.path() && suppressions->Use(*f.rule, f.span.begin.line)) continue;
    f.message = redactor.Apply(f.message);
    for (RelatedLocation& r : f.related) r.message = redactor.Apply(r.message);
    // The fingerprint hashes the content with its secrets masked, whatever --no-redact.
    const std::string key = redactor.Mask(p.key);
    const int occurrence = seen[{f.rule->meta().id, f.path, key}]++;
    f.fingerprint = Fingerprint(f, key, occurrence);
    const int legacy_occurrence = seen_legacy[{f.rule->meta().id, f.path, p.legacy_key}]++;
    const std::string legacy = Fingerprint(f, p.legacy_key, legacy_occurrence);
    f.legacy_fingerprint = legacy == f.fingerprint ? "" : legacy;
    out->push_back(std::move(f));
  }
  pending_.clear();
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
