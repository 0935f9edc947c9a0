// Factories of the single-file port rules (PT001-PT019; PT020+ are cross-file).
#pragma once

#include <memory>

#include "linter/core/config.h"
#include "linter/core/rule.h"
#include "linter/core/status.h"

namespace k8slint::rules {

std::unique_ptr<Rule> NewUnmatchedTargetPortRule(const Config& config);   // PT001
std::unique_ptr<Rule> NewDanglingServiceRule(const Config& config);       // PT002
std::unique_ptr<Rule> NewDuplicatePortRule(const Config& config);         // PT003
std::unique_ptr<Rule> NewPortOutOfRangeRule(const Config& config);        // PT004
Status NewNodePortOutOfRangeRule(const Config& config, std::unique_ptr<Rule>* out);    // PT005
std::unique_ptr<Rule> NewDanglingIngressRule(const Config& config);       // PT006
std::unique_ptr<Rule> NewInvalidPortNameRule(const Config& config);       // PT007

}  // namespace k8slint::rules
