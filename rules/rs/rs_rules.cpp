// The RS family (resources), in id order.
#include "rules/families.h"
#include "rules/rs/rs_rules.h"

namespace k8slint::rules {

void AddRsRules(const Config& config, RuleList* out) {
  out->push_back(NewMissingCpuRequestRule(config));
  out->push_back(NewMissingMemoryRequestRule(config));
  out->push_back(NewMissingCpuLimitRule(config));
  out->push_back(NewMissingMemoryLimitRule(config));
  out->push_back(NewRequestExceedsLimitRule(config));
  out->push_back(NewInvalidQuantityRule(config));
  out->push_back(NewResourceOutOfBoundsRule(config));
  out->push_back(NewEmptyResourcesInValuesRule(config));
}

}  // namespace k8slint::rules
