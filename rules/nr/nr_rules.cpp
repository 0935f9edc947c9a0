// The NR family, in id order.
#include "rules/families.h"

namespace k8slint::rules {

void AddNrRules(const Config&, RuleList*) {}

}  // namespace k8slint::rules
