// The NR family (non-root), in id order. Ids NR001-NR009: Dockerfile; NR010-NR029:
// Kubernetes manifests and Helm values; NR030+: cross-file.
#include "rules/families.h"
#include "rules/nr/nr_dockerfile_rules.h"

namespace k8slint::rules {

void AddNrRules(const Config& config, RuleList* out) {
  out->push_back(NewMissingUserRule(config));
  out->push_back(NewRootUserRule(config));
  out->push_back(NewNonNumericUserRule(config));
  out->push_back(NewUserOnlyInBuilderRule(config));
}

}  // namespace k8slint::rules
