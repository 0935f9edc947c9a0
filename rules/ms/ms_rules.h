// Factories of the multi-stage build rules (MS).
#pragma once

#include <memory>

#include "linter/core/config.h"
#include "linter/core/rule.h"

namespace k8slint::rules {

std::unique_ptr<Rule> NewSingleStageBuildRule(const Config& config);    // MS001
std::unique_ptr<Rule> NewCopyFromUnknownStageRule(const Config& config); // MS002
std::unique_ptr<Rule> NewCopyFromSelfRule(const Config& config);        // MS003
std::unique_ptr<Rule> NewDuplicateStageAliasRule(const Config& config); // MS004
std::unique_ptr<Rule> NewUnusedStageRule(const Config& config);         // MS005
std::unique_ptr<Rule> NewSdkFinalBaseRule(const Config& config);        // MS006

}  // namespace k8slint::rules
