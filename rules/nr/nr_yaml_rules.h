// Factories of the Kubernetes manifest and Helm values non-root rules (NR010-NR029).
#pragma once

#include <memory>

#include "linter/core/config.h"
#include "linter/core/rule.h"

namespace k8slint::rules {

std::unique_ptr<Rule> NewRunAsNonRootNotSetRule(const Config& config);       // NR010
std::unique_ptr<Rule> NewRunAsUserRootRule(const Config& config);            // NR011
std::unique_ptr<Rule> NewPrivilegedContainerRule(const Config& config);      // NR012
std::unique_ptr<Rule> NewPrivilegeEscalationRule(const Config& config);      // NR013
std::unique_ptr<Rule> NewDangerousCapabilityRule(const Config& config);      // NR014
std::unique_ptr<Rule> NewCapabilitiesNotDroppedRule(const Config& config);   // NR015
std::unique_ptr<Rule> NewHostPidRule(const Config& config);                  // NR016
std::unique_ptr<Rule> NewHostNetworkRule(const Config& config);              // NR017
std::unique_ptr<Rule> NewHostIpcRule(const Config& config);                  // NR018
std::unique_ptr<Rule> NewWritableRootFilesystemRule(const Config& config);   // NR019
std::unique_ptr<Rule> NewValuesEmptySecurityContextRule(const Config& config);  // NR020

}  // namespace k8slint::rules
