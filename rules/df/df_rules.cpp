// The DF family, in id order.
#include "rules/families.h"

namespace k8slint::rules {

void AddDfRules(const Config&, RuleList*) {}

}  // namespace k8slint::rules
