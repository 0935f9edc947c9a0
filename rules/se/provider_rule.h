// ProviderRule: an SE rule that reports the matches of its provider-format detectors
// (linter/models/secrets/detectors.cpp rows with its id). All of them share one scan per file.
#pragma once

#include <memory>
#include <string_view>

#include "linter/core/config.h"
#include "linter/core/rule_base.h"

namespace k8slint::rules {

class ProviderRule : public RuleBase {
 public:
  // `redact` is Config::redact: false only with --no-redact.
  ProviderRule(RuleMeta meta, bool redact) : RuleBase(std::move(meta)), redact_(redact) {}
  void CheckSource(const FileContext& file, Emitter& emit) const override;
  bool ReadsModelOf(InputKind) const override { return false; }

 private:
  bool redact_;
};

// Completes the metadata every provider rule shares (all input kinds, security tags,
// and the common rationale, fix and example file unless `m` sets its own).
std::unique_ptr<Rule> MakeProviderRule(const Config& c, RuleMeta m, std::string_view severity);

}  // namespace k8slint::rules
