// RequestDiffersFromLimitRule: the check RS009-RS011 share, one resource each (cpu,
// memory, ephemeral-storage). Opt-in, as kube-score's *-requests-equal-limits checks
// are optional: equal requests and limits (the Guaranteed QoS class, no overcommit) is a
// policy some clusters want and most do not.
#pragma once

#include <string_view>

#include "linter/core/rule_base.h"
#include "linter/models/yaml/model.h"

namespace k8slint::rules {

// What RS009-RS011 say alike.
inline constexpr std::string_view kRequestEqualsLimitDetails =
    "Checks every container and init container. Fires at the request when it differs "
    "from the limit, compared as Kubernetes quantities (`1` and `1000m` are equal), or "
    "when a request is set and the limit is not. A limit without a request is not "
    "reported, since Kubernetes then uses the limit as the request; neither set is left "
    "to the missing-resource rules, and a request above its limit to RS005. Off by "
    "default, like kube-score's optional check.";

class RequestDiffersFromLimitRule : public RuleBase {
 public:
  RequestDiffersFromLimitRule(RuleMeta meta, std::string_view resource)
      : RuleBase(std::move(meta)), resource_(resource) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override;

 private:
  std::string_view resource_;
};

}  // namespace k8slint::rules
