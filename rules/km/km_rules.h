// Factories of the other manifest and chart rules (KM).
#pragma once

#include <memory>

#include "linter/core/config.h"
#include "linter/core/rule.h"
#include "linter/core/status.h"

namespace k8slint::rules {

std::unique_ptr<Rule> NewMissingApiVersionOrKindRule(const Config& config);  // KM001
std::unique_ptr<Rule> NewInvalidFieldTypeRule(const Config& config);         // KM002
std::unique_ptr<Rule> NewLatestImageTagRule(const Config& config);           // KM003
std::unique_ptr<Rule> NewUnpinnedValuesImageTagRule(const Config& config);   // KM004
std::unique_ptr<Rule> NewChartApiVersionRule(const Config& config);          // KM005
std::unique_ptr<Rule> NewChartNameRule(const Config& config);                // KM006
std::unique_ptr<Rule> NewChartVersionRule(const Config& config);             // KM007
std::unique_ptr<Rule> NewChartAppVersionRule(const Config& config);          // KM008
// A malformed allowed-registries value is a config error.
Status NewImageRegistryNotAllowedRule(const Config& config, std::unique_ptr<Rule>* out);  // KM010

}  // namespace k8slint::rules
