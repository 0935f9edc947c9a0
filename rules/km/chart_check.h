// ChartRule: the shape of the Chart.yaml rules KM005-KM008, each a predicate over
// yaml::Chart that returns what to report, if anything.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "linter/core/rule_base.h"
#include "linter/models/yaml/model.h"

namespace k8slint::rules {

struct ChartVerdict {
  yaml::Node at;  // absent: the top of Chart.yaml
  std::string message;
};
using ChartCheck = std::function<std::optional<ChartVerdict>(const yaml::Chart&)>;

class ChartRule : public RuleBase {
 public:
  ChartRule(RuleMeta meta, ChartCheck check)
      : RuleBase(std::move(meta)), check_(std::move(check)) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override;

 private:
  ChartCheck check_;
};

}  // namespace k8slint::rules
