// Factories of the cross-file manifest rules: environment references (KM020+) and
// images (KM030+).
#pragma once

#include <memory>

#include "linter/core/config.h"
#include "linter/core/rule.h"

namespace k8slint::rules {

std::unique_ptr<Rule> NewUndefinedEnvReferenceRule(const Config& config);     // KM020
std::unique_ptr<Rule> NewUnusedEnvExampleKeyRule(const Config& config);       // KM021
std::unique_ptr<Rule> NewRenderedTagMismatchRule(const Config& config);       // KM030
std::unique_ptr<Rule> NewImageNameDiffersFromBuildRule(const Config& config); // KM031

}  // namespace k8slint::rules
