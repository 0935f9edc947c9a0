// ScanningRule: base of the SE provider rules, which define their detectors beside their
// metadata. The engine builds one secrets::Scanner over SecretDetectors(every rule), in
// rule order, and each file's FileContext scans once for all of them: the scanner knows no
// rule ids, and a rule reports the matches of its own detectors.
#pragma once

#include <memory>
#include <span>
#include <vector>

#include "linter/core/rule_base.h"
#include "linter/models/secrets/detectors.h"

namespace k8slint::rules {

class ScanningRule : public RuleBase {
 public:
  using RuleBase::RuleBase;
  // The detectors whose matches this rule reports, in static storage.
  virtual std::span<const secrets::Detector> detectors() const { return {}; }
};

// The detectors of every ScanningRule of `rules`, in order. Every ScanningRule is an SE
// rule; only those are looked at.
std::vector<const secrets::Detector*> SecretDetectors(
    const std::vector<std::unique_ptr<Rule>>& rules);

}  // namespace k8slint::rules
