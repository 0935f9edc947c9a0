// ModelProblemRule: the check KM001 and KM002 share. The YAML model records what it
// could not read as an object (yaml::File::problems()); each rule forwards the problems
// of its kind.
#pragma once

#include "linter/core/rule_base.h"
#include "linter/models/yaml/model.h"

namespace k8slint::rules {

class ModelProblemRule : public RuleBase {
 public:
  ModelProblemRule(RuleMeta meta, yaml::Problem::Kind kind)
      : RuleBase(std::move(meta)), kind_(kind) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override;

 private:
  yaml::Problem::Kind kind_;
};

}  // namespace k8slint::rules
