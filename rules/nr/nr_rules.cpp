// The NR family (non-root), in id order. Ids NR001-NR009: Dockerfile; NR010-NR029:
// Kubernetes manifests and Helm values; NR030+: cross-file.
#include "rules/families.h"
#include "rules/nr/nr_dockerfile_rules.h"
#include "rules/nr/nr_project_rules.h"
#include "rules/nr/nr_yaml_rules.h"

namespace k8slint::rules {

void AddNrRules(const Config& config, RuleList* out) {
  out->push_back(NewMissingUserRule(config));
  out->push_back(NewRootUserRule(config));
  out->push_back(NewNonNumericUserRule(config));
  out->push_back(NewUserOnlyInBuilderRule(config));
  out->push_back(NewRunAsNonRootNotSetRule(config));
  out->push_back(NewRunAsUserRootRule(config));
  out->push_back(NewPrivilegedContainerRule(config));
  out->push_back(NewPrivilegeEscalationRule(config));
  out->push_back(NewDangerousCapabilityRule(config));
  out->push_back(NewCapabilitiesNotDroppedRule(config));
  out->push_back(NewHostPidRule(config));
  out->push_back(NewHostNetworkRule(config));
  out->push_back(NewHostIpcRule(config));
  out->push_back(NewWritableRootFilesystemRule(config));
  out->push_back(NewValuesEmptySecurityContextRule(config));
  out->push_back(NewRunAsNonRootNamedUserRule(config));
  out->push_back(NewRunAsUserImageMismatchRule(config));
  out->push_back(NewImageWithoutUserRule(config));
}

}  // namespace k8slint::rules
