// The KM family, in id order.
#include "rules/families.h"

namespace k8slint::rules {

void AddKmRules(const Config&, RuleList*) {}

}  // namespace k8slint::rules
