// The RS family (resources), in id order.
#include "rules/families.h"
#include "rules/rs/rs_rules.h"

namespace k8slint::rules {

Status AddRsRules(const Config& config, RuleList* out) {
  out->push_back(NewMissingCpuRequestRule(config));
  out->push_back(NewMissingMemoryRequestRule(config));
  out->push_back(NewMissingCpuLimitRule(config));
  out->push_back(NewMissingMemoryLimitRule(config));
  out->push_back(NewRequestExceedsLimitRule(config));
  out->push_back(NewInvalidQuantityRule(config));
  std::unique_ptr<Rule> parametrised;
  if (Status s = NewResourceOutOfBoundsRule(config, &parametrised); !s.ok()) return s;
  out->push_back(std::move(parametrised));
  out->push_back(NewEmptyResourcesInValuesRule(config));
  return Status::Ok();
}

}  // namespace k8slint::rules
