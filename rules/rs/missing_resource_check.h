// MissingResourceRule: the check RS001-RS004 share, one (section, resource) pair each:
// requests or limits, cpu or memory. Four ids so each maps onto its own peer check and
// can be disabled alone (CPU limits in particular are a policy choice).
#pragma once

#include <string_view>

#include "linter/core/rule_base.h"
#include "linter/models/yaml/model.h"

namespace k8slint::rules {

class MissingResourceRule : public RuleBase {
 public:
  // `limit`: checks resources.limits, else resources.requests.
  MissingResourceRule(RuleMeta meta, bool limit, std::string_view resource)
      : RuleBase(std::move(meta)), limit_(limit), resource_(resource) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override;

 private:
  bool limit_;
  std::string_view resource_;
};

}  // namespace k8slint::rules
