// Factories of the resource rules (RS).
#pragma once

#include <memory>

#include "linter/core/config.h"
#include "linter/core/rule.h"
#include "linter/core/status.h"

namespace k8slint::rules {

std::unique_ptr<Rule> NewMissingCpuRequestRule(const Config& config);     // RS001
std::unique_ptr<Rule> NewMissingMemoryRequestRule(const Config& config);  // RS002
std::unique_ptr<Rule> NewMissingCpuLimitRule(const Config& config);       // RS003
std::unique_ptr<Rule> NewMissingMemoryLimitRule(const Config& config);    // RS004
std::unique_ptr<Rule> NewRequestExceedsLimitRule(const Config& config);   // RS005
std::unique_ptr<Rule> NewInvalidQuantityRule(const Config& config);       // RS006
Status NewResourceOutOfBoundsRule(const Config& config, std::unique_ptr<Rule>* out);   // RS007
std::unique_ptr<Rule> NewEmptyResourcesInValuesRule(const Config& config);  // RS008

}  // namespace k8slint::rules
