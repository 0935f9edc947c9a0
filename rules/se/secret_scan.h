// ScanningRule: base of the SE rules that read the secrets scan (the provider rules,
// SE022 and SE025). After building every rule, rules/registry.cpp calls
// ShareSecretScanner, which builds one secrets::Scanner over the detectors of every
// provider rule, in rule order, and gives it to all of them: each file is scanned once
// for all, and the scanner knows no rule ids.
#pragma once

#include <memory>
#include <span>
#include <vector>

#include "linter/core/rule_base.h"
#include "linter/models/secrets/detectors.h"
#include "linter/models/secrets/scanner.h"

namespace k8slint::rules {

class ScanningRule : public RuleBase {
 public:
  using RuleBase::RuleBase;
  // The detectors whose matches this rule reports, in static storage; empty for rules
  // that only consult the scan.
  virtual std::span<const secrets::Detector> detectors() const { return {}; }

 protected:
  // REQUIRES: ShareSecretScanner ran over the rule list holding this rule.
  const secrets::Scanner& scanner() const { return *scanner_; }

 private:
  friend void ShareSecretScanner(const std::vector<std::unique_ptr<Rule>>& rules);
  std::shared_ptr<const secrets::Scanner> scanner_;
};

// The detectors of every ScanningRule of `rules`, in order.
std::vector<const secrets::Detector*> SecretDetectors(const std::vector<std::unique_ptr<Rule>>& rules);
// Gives every ScanningRule of `rules` one scanner over SecretDetectors(rules).
void ShareSecretScanner(const std::vector<std::unique_ptr<Rule>>& rules);

}  // namespace k8slint::rules
