#include "rules/se/secret_scan.h"

namespace k8slint::rules {

std::vector<const secrets::Detector*> SecretDetectors(
    const std::vector<std::unique_ptr<Rule>>& rules) {
  std::vector<const secrets::Detector*> out;
  for (const auto& rule : rules) {
    // Only SE rules scan (tests/secrets_detectors_test.cpp checks it): a failed
    // dynamic_cast walks the class's type info, 50 K instructions over every rule, which
    // every run pays.
    if (!rule->meta().id.starts_with("SE")) continue;
    if (const auto* r = dynamic_cast<const ScanningRule*>(rule.get()))
      for (const secrets::Detector& d : r->detectors()) out.push_back(&d);
  }
  return out;
}

}  // namespace k8slint::rules
