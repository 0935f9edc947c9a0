// The PR family (probes), in id order.
#include "rules/families.h"
#include "rules/pr/pr_rules.h"

namespace k8slint::rules {

Status AddPrRules(const Config& config, RuleList* out) {
  out->push_back(NewMissingLivenessProbeRule(config));
  out->push_back(NewMissingReadinessProbeRule(config));
  out->push_back(NewLivenessPortUndeclaredRule(config));
  out->push_back(NewReadinessPortUndeclaredRule(config));
  out->push_back(NewStartupPortUndeclaredRule(config));
  out->push_back(NewIdenticalProbesRule(config));
  std::unique_ptr<Rule> parametrised;
  if (Status s = NewSlowStartWithoutStartupProbeRule(config, &parametrised); !s.ok()) return s;
  out->push_back(std::move(parametrised));
  out->push_back(NewEmptyProbeInValuesRule(config));
  return Status::Ok();
}

}  // namespace k8slint::rules
