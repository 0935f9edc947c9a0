// K8L005-K8L007: findings about suppressions (expired, unused, invalid). The
// scanner in linter/engine/suppress.cpp finds them; these are their metadata.
#pragma once

#include "rules/families.h"

namespace k8slint::rules {

void AddSuppressionRules(RuleList* out);

}  // namespace k8slint::rules
