// The KM family (other manifest and chart practice), in id order.
#include "rules/families.h"
#include "rules/km/km_project_rules.h"
#include "rules/km/km_rules.h"

namespace k8slint::rules {

Status AddKmRules(const Config& config, RuleList* out) {
  out->push_back(NewMissingApiVersionOrKindRule(config));
  out->push_back(NewInvalidFieldTypeRule(config));
  out->push_back(NewLatestImageTagRule(config));
  out->push_back(NewUnpinnedValuesImageTagRule(config));
  out->push_back(NewChartApiVersionRule(config));
  out->push_back(NewChartNameRule(config));
  out->push_back(NewChartVersionRule(config));
  out->push_back(NewChartAppVersionRule(config));
  std::unique_ptr<Rule> km010;
  if (Status s = NewImageRegistryNotAllowedRule(config, &km010); !s.ok()) return s;
  out->push_back(std::move(km010));
  out->push_back(NewUndefinedEnvReferenceRule(config));
  out->push_back(NewUnusedEnvExampleKeyRule(config));
  out->push_back(NewRenderedTagMismatchRule(config));
  out->push_back(NewImageNameDiffersFromBuildRule(config));
  return Status::Ok();
}

}  // namespace k8slint::rules
