// The PT family (ports), in id order. PT001-PT019 read one file; PT020+ compare files.
#include "rules/families.h"
#include "rules/pt/pt_project_rules.h"
#include "rules/pt/pt_rules.h"

namespace k8slint::rules {

Status AddPtRules(const Config& config, RuleList* out) {
  out->push_back(NewUnmatchedTargetPortRule(config));
  out->push_back(NewDanglingServiceRule(config));
  out->push_back(NewDuplicatePortRule(config));
  out->push_back(NewPortOutOfRangeRule(config));
  std::unique_ptr<Rule> parametrised;
  if (Status s = NewNodePortOutOfRangeRule(config, &parametrised); !s.ok()) return s;
  out->push_back(std::move(parametrised));
  out->push_back(NewDanglingIngressRule(config));
  out->push_back(NewInvalidPortNameRule(config));
  out->push_back(NewExposeContainerPortMismatchRule(config));
  out->push_back(NewValuesPortMismatchRule(config));
  out->push_back(NewCrossFileTargetPortRule(config));
  out->push_back(NewNonRootPrivilegedPortRule(config));
  out->push_back(NewEnvPortMismatchRule(config));
  return Status::Ok();
}

}  // namespace k8slint::rules
