// HostNamespaceRule: the check NR016, NR017 and NR018 share. Each reports a pod spec
// whose boolean field (hostPID, hostNetwork, hostIPC) is true, so the pod shares that
// namespace with the node; each keeps its own id to map onto kube-linter's three checks.
#pragma once

#include <string_view>

#include "linter/core/rule_base.h"
#include "linter/models/yaml/model.h"

namespace k8slint::rules {

class HostNamespaceRule : public RuleBase {
 public:
  // `what` ends the message: "... shares the node's <what>".
  HostNamespaceRule(RuleMeta meta, yaml::Node yaml::PodSpec::*field, std::string_view what)
      : RuleBase(std::move(meta)), field_(field), what_(what) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override;

 private:
  yaml::Node yaml::PodSpec::*field_;
  std::string_view what_;
};

}  // namespace k8slint::rules
