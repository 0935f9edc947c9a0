// The KM family (other manifest and chart practice), in id order.
#include "rules/families.h"
#include "rules/km/km_rules.h"

namespace k8slint::rules {

void AddKmRules(const Config& config, RuleList* out) {
  out->push_back(NewMissingApiVersionOrKindRule(config));
  out->push_back(NewInvalidFieldTypeRule(config));
  out->push_back(NewLatestImageTagRule(config));
  out->push_back(NewUnpinnedValuesImageTagRule(config));
  out->push_back(NewChartApiVersionRule(config));
  out->push_back(NewChartNameRule(config));
  out->push_back(NewChartVersionRule(config));
  out->push_back(NewChartAppVersionRule(config));
}

}  // namespace k8slint::rules
