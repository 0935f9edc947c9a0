// Factories of the cross-file non-root rules (NR030+): a workload's securityContext
// against the USER of its image's Dockerfile.
#pragma once

#include <memory>

#include "linter/core/config.h"
#include "linter/core/rule.h"

namespace k8slint::rules {

std::unique_ptr<Rule> NewRunAsNonRootNamedUserRule(const Config& config);    // NR030
std::unique_ptr<Rule> NewRunAsUserImageMismatchRule(const Config& config);   // NR031
std::unique_ptr<Rule> NewImageWithoutUserRule(const Config& config);         // NR032

}  // namespace k8slint::rules
