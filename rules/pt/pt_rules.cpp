// The PT family (ports), in id order. PT001-PT019 read one file; PT020+ compare files.
#include "rules/families.h"
#include "rules/pt/pt_rules.h"

namespace k8slint::rules {

void AddPtRules(const Config& config, RuleList* out) {
  out->push_back(NewUnmatchedTargetPortRule(config));
  out->push_back(NewDanglingServiceRule(config));
  out->push_back(NewDuplicatePortRule(config));
  out->push_back(NewPortOutOfRangeRule(config));
  out->push_back(NewNodePortOutOfRangeRule(config));
  out->push_back(NewDanglingIngressRule(config));
  out->push_back(NewInvalidPortNameRule(config));
}

}  // namespace k8slint::rules
