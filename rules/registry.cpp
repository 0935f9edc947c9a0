#include "rules/registry.h"

namespace k8slint {
namespace rules {

#define K8SLINT_RULE(id) Status Make##id(const Config& config, std::unique_ptr<Rule>* out);
#include "rules/list.def"
#undef K8SLINT_RULE

}  // namespace rules

Status BuildAllRules(const Config& config, std::vector<std::unique_ptr<Rule>>* out) {
  using Factory = Status (*)(const Config&, std::unique_ptr<Rule>*);
  static constexpr Factory kFactories[] = {
#define K8SLINT_RULE(id) &rules::Make##id,
#include "rules/list.def"
#undef K8SLINT_RULE
  };
  for (Factory make : kFactories) {
    std::unique_ptr<Rule> rule;
    if (Status s = make(config, &rule); !s.ok()) return s;
    out->push_back(std::move(rule));
  }
  // The secrets rules share one scanner over every provider rule's detectors.
  return Status::Ok();
}

Status BuildRegistry(const Config& config, std::unique_ptr<Registry>* out) {
  std::vector<std::unique_ptr<Rule>> rules;
  Status s = BuildAllRules(config, &rules);
  if (!s.ok()) return s;
  auto registry = std::make_unique<Registry>(std::move(rules));
  s = registry->Select(config);
  if (!s.ok()) return s;
  *out = std::move(registry);
  return Status::Ok();
}

}  // namespace k8slint
