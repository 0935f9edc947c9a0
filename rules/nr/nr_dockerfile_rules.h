// Factories of the Dockerfile non-root rules (NR001-NR009).
#pragma once

#include <memory>

#include "linter/core/config.h"
#include "linter/core/rule.h"

namespace k8slint::rules {

std::unique_ptr<Rule> NewMissingUserRule(const Config& config);         // NR001
std::unique_ptr<Rule> NewRootUserRule(const Config& config);            // NR002
std::unique_ptr<Rule> NewNonNumericUserRule(const Config& config);      // NR003
std::unique_ptr<Rule> NewUserOnlyInBuilderRule(const Config& config);   // NR004

}  // namespace k8slint::rules
