// The PT family, in id order.
#include "rules/families.h"

namespace k8slint::rules {

void AddPtRules(const Config&, RuleList*) {}

}  // namespace k8slint::rules
