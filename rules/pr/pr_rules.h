// Factories of the probe rules (PR).
#pragma once

#include <memory>

#include "linter/core/config.h"
#include "linter/core/rule.h"
#include "linter/core/status.h"

namespace k8slint::rules {

std::unique_ptr<Rule> NewMissingLivenessProbeRule(const Config& config);    // PR001
std::unique_ptr<Rule> NewMissingReadinessProbeRule(const Config& config);   // PR002
std::unique_ptr<Rule> NewLivenessPortUndeclaredRule(const Config& config);  // PR003
std::unique_ptr<Rule> NewReadinessPortUndeclaredRule(const Config& config); // PR004
std::unique_ptr<Rule> NewStartupPortUndeclaredRule(const Config& config);   // PR005
std::unique_ptr<Rule> NewIdenticalProbesRule(const Config& config);         // PR006
Status NewSlowStartWithoutStartupProbeRule(const Config& config, std::unique_ptr<Rule>* out);  // PR007
std::unique_ptr<Rule> NewEmptyProbeInValuesRule(const Config& config);      // PR008

}  // namespace k8slint::rules
