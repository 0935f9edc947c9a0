// The RS family, in id order.
#include "rules/families.h"

namespace k8slint::rules {

void AddRsRules(const Config&, RuleList*) {}

}  // namespace k8slint::rules
