// The suppression set of one file: which findings it silences and which of its
// entries silenced nothing. Scanning comments: suppress_scan.cpp; pragma text:
// suppress_pragma.cpp.
#include "linter/engine/suppress.h"

#include <cstdint>
#include <algorithm>

#include "linter/core/registry.h"
#include "linter/engine/suppress_pragma.h"
#include "rules/k8l/k8l003_unknown_suppression_target.h"
#include "rules/k8l/k8l005_expired_suppression.h"
#include "rules/k8l/k8l006_unused_suppression.h"
#include "rules/k8l/k8l007_invalid_suppression.h"

namespace k8slint {
namespace {

bool Applies(const Suppression& s, const Rule& rule, uint32_t line) {
  return s.active && line >= s.first_line && line <= s.last_line &&
         (s.scope == SuppressionScope::kFile || !IsSuppressionRule(rule));
}

bool Names(const SuppressionTarget& t, const Rule& rule) {
  return std::find(t.rules.begin(), t.rules.end(), &rule) != t.rules.end();
}
}  // namespace

bool IsSuppressionRule(const Rule& rule) {
  const std::string_view id = rule.meta().id;
  return id == rules::kUnknownSuppressionTarget || id == rules::kExpiredSuppression ||
         id == rules::kUnusedSuppression || id == rules::kInvalidSuppression;
}

bool Suppressions::Covers(const Rule& rule, uint32_t line) const {
  for (const Suppression& s : entries)
    if (Applies(s, rule, line))
      for (const SuppressionTarget& t : s.targets)
        if (Names(t, rule)) return true;
  return false;
}

bool Suppressions::Use(const Rule& rule, uint32_t line) {
  bool covered = false;
  for (Suppression& s : entries)
    if (Applies(s, rule, line))
      for (SuppressionTarget& t : s.targets)
        if (Names(t, rule)) covered = t.used = true;
  return covered;
}

void Suppressions::Add(const SuppressionRange& range, const Registry& registry) {
  Suppression s;
  if (range.own) {
    s = pragma::Build(range.text, pragma::Locator(nullptr, 0, range.at), range.at,
                      SuppressionScope::kRange, registry, today, &problems);
  } else {
    s.own = false;
    for (const std::string& token : range.rules) {
      auto rules = registry.Resolve(token);
      if (!rules.empty()) s.targets.push_back({token, std::move(rules), range.at, false});
    }
  }
  s.scope = SuppressionScope::kRange;
  s.first_line = range.first_line;
  s.last_line = range.last_line;
  entries.push_back(std::move(s));
}

std::vector<SuppressionProblem> Suppressions::Unused(const Registry& registry) const {
  std::vector<SuppressionProblem> out;
  for (const Suppression& s : entries) {
    if (!s.own || !s.active) continue;
    for (const SuppressionTarget& t : s.targets) {
      if (t.used || t.rules.empty()) continue;
      // A rule that did not run proves nothing; and findings about suppressions are
      // judged after this pass, so a target naming only those cannot be judged.
      const bool judged = std::any_of(t.rules.begin(), t.rules.end(), [&](const Rule* r) {
        return registry.enabled(*r) && !IsSuppressionRule(*r);
      });
      if (!judged) continue;
      std::string where;
      switch (s.scope) {
        case SuppressionScope::kLine: where = "on line " + std::to_string(s.first_line); break;
        case SuppressionScope::kStage: where = "in this stage"; break;
        case SuppressionScope::kFile: where = "in this file"; break;
        case SuppressionScope::kRange: where = "in this object"; break;
      }
      out.push_back({rules::kUnusedSuppression, t.span,
                     "suppression of '" + t.token + "' silenced nothing " + where + "; remove it"});
    }
  }
  return out;
}
}  // namespace k8slint
