// The MS family (multi-stage builds), in id order.
#include "rules/families.h"
#include "rules/ms/ms_rules.h"

namespace k8slint::rules {

void AddMsRules(const Config& config, RuleList* out) {
  out->push_back(NewSingleStageBuildRule(config));
  out->push_back(NewCopyFromUnknownStageRule(config));
  out->push_back(NewCopyFromSelfRule(config));
  out->push_back(NewDuplicateStageAliasRule(config));
  out->push_back(NewUnusedStageRule(config));
  out->push_back(NewSdkFinalBaseRule(config));
}

}  // namespace k8slint::rules
