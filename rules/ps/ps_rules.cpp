// The PS family, in id order.
#include "rules/families.h"

namespace k8slint::rules {

Status AddPsRules(const Config&, RuleList*) { return Status::Ok(); }

}  // namespace k8slint::rules
