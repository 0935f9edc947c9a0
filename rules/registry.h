// The rules of this build: the explicit list (rules/registry.cpp), and the registry
// built from it for one configuration.
#pragma once

#include <memory>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/registry.h"
#include "linter/core/rule.h"
#include "linter/core/status.h"

namespace k8slint {

// Every rule, in the order of rules/list.def (sorted by id); a bad rule parameter is a
// config error.
Status BuildAllRules(const Config& config, std::vector<std::unique_ptr<Rule>>* out);
// Builds every rule and selects the enabled ones from `config`.
Status BuildRegistry(const Config& config, std::unique_ptr<Registry>* out);

}  // namespace k8slint
