// The MS family, in id order.
#include "rules/families.h"

namespace k8slint::rules {

void AddMsRules(const Config&, RuleList*) {}

}  // namespace k8slint::rules
