#include "rules/se/secret_scan.h"

namespace k8slint::rules {

std::vector<const secrets::Detector*> SecretDetectors(
    const std::vector<std::unique_ptr<Rule>>& rules) {
  std::vector<const secrets::Detector*> out;
  for (const auto& rule : rules)
    if (const auto* r = dynamic_cast<const ScanningRule*>(rule.get()))
      for (const secrets::Detector& d : r->detectors()) out.push_back(&d);
  return out;
}

}  // namespace k8slint::rules
