// Factories of the cross-file port rules (PT020+), which read the linked project.
#pragma once

#include <memory>

#include "linter/core/config.h"
#include "linter/core/rule.h"

namespace k8slint::rules {

std::unique_ptr<Rule> NewExposeContainerPortMismatchRule(const Config& config);  // PT020
std::unique_ptr<Rule> NewValuesPortMismatchRule(const Config& config);           // PT021
std::unique_ptr<Rule> NewCrossFileTargetPortRule(const Config& config);          // PT022
std::unique_ptr<Rule> NewNonRootPrivilegedPortRule(const Config& config);        // PT023
std::unique_ptr<Rule> NewEnvPortMismatchRule(const Config& config);              // PT024

}  // namespace k8slint::rules
