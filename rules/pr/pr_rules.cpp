// The PR family (probes), in id order.
#include "rules/families.h"
#include "rules/pr/pr_rules.h"

namespace k8slint::rules {

void AddPrRules(const Config& config, RuleList* out) {
  out->push_back(NewMissingLivenessProbeRule(config));
  out->push_back(NewMissingReadinessProbeRule(config));
  out->push_back(NewLivenessPortUndeclaredRule(config));
  out->push_back(NewReadinessPortUndeclaredRule(config));
  out->push_back(NewStartupPortUndeclaredRule(config));
  out->push_back(NewIdenticalProbesRule(config));
  out->push_back(NewSlowStartWithoutStartupProbeRule(config));
  out->push_back(NewEmptyProbeInValuesRule(config));
}

}  // namespace k8slint::rules
