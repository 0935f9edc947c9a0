// One function per rule family appends that family's rules, in id order.
// rules/registry.cpp calls them in family order; together they are the explicit,
// complete list of rules (no self-registration).
#pragma once

#include <memory>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/rule.h"
#include "linter/core/status.h"

namespace k8slint::rules {

using RuleList = std::vector<std::unique_ptr<Rule>>;

void AddK8lRules(const Config& config, RuleList* out);  // the tool itself
void AddNrRules(const Config& config, RuleList* out);   // non-root
void AddMsRules(const Config& config, RuleList* out);   // multi-stage builds
void AddDfRules(const Config& config, RuleList* out);   // other Dockerfile practice
void AddSeRules(const Config& config, RuleList* out);   // secrets
Status AddKmRules(const Config& config, RuleList* out);   // other manifest practice
Status AddPrRules(const Config& config, RuleList* out);   // probes
Status AddRsRules(const Config& config, RuleList* out);   // resources
Status AddPtRules(const Config& config, RuleList* out);   // ports
// Families with parameters return a config error for a malformed value
// (e.g. PowerShell target "6").
Status AddPsRules(const Config& config, RuleList* out);

}  // namespace k8slint::rules
