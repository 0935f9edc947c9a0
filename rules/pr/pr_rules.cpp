// The PR family, in id order.
#include "rules/families.h"

namespace k8slint::rules {

void AddPrRules(const Config&, RuleList*) {}

}  // namespace k8slint::rules
