// ProviderRule: an SE rule that reports the matches of its provider-format detectors,
// which its rule file defines beside its metadata (rules/se/se0NN_*.cpp). All of them
// share one scan per file (secret_scan.h).
#pragma once

#include <memory>
#include <span>

#include "linter/core/config.h"
#include "linter/models/secrets/detectors.h"
#include "rules/se/secret_scan.h"

namespace k8slint::rules {

class ProviderRule : public ScanningRule {
 public:
  // `detectors` must be in static storage; `redact` is Config::redact (false only with
  // --no-redact).
  ProviderRule(RuleMeta meta, std::span<const secrets::Detector> detectors, bool redact)
      : ScanningRule(std::move(meta)), detectors_(detectors), redact_(redact) {}
  std::span<const secrets::Detector> detectors() const override { return detectors_; }
  void CheckSource(const FileContext& file, Emitter& emit) const override;
  bool ReadsModelOf(InputKind) const override { return false; }

 private:
  std::span<const secrets::Detector> detectors_;
  bool redact_;
};

// Completes the metadata every provider rule shares (all input kinds, security tags, a
// Kubernetes rule, and the common rationale, fix and example file unless `m` sets its
// own) and builds
// the rule over `detectors` (static storage).
std::unique_ptr<Rule> MakeProviderRule(const Config& c, RuleMeta m,
                                       std::span<const secrets::Detector> detectors);

}  // namespace k8slint::rules
