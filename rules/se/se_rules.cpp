// The SE family, in id order.
#include "rules/families.h"

namespace k8slint::rules {

void AddSeRules(const Config&, RuleList*) {}

}  // namespace k8slint::rules
