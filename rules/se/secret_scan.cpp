#include "rules/se/secret_scan.h"

namespace k8slint::rules {

std::vector<const secrets::Detector*> SecretDetectors(const std::vector<std::unique_ptr<Rule>>& rules) {
  std::vector<const secrets::Detector*> out;
  for (const auto& rule : rules)
    if (const auto* r = dynamic_cast<const ScanningRule*>(rule.get()))
      for (const secrets::Detector& d : r->detectors()) out.push_back(&d);
  return out;
}

void ShareSecretScanner(const std::vector<std::unique_ptr<Rule>>& rules) {
  const auto scanner = std::make_shared<const secrets::Scanner>(SecretDetectors(rules));
  for (const auto& rule : rules)
    if (auto* r = dynamic_cast<ScanningRule*>(rule.get())) r->scanner_ = scanner;
}

}  // namespace k8slint::rules
