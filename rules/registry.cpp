#include <algorithm>

#include "rules/registry.h"
#include "rules/families.h"

namespace k8slint {

Status BuildAllRules(const Config& config, std::vector<std::unique_ptr<Rule>>* out) {
  rules::AddK8lRules(config, out);
  rules::AddNrRules(config, out);
  rules::AddMsRules(config, out);
  rules::AddDfRules(config, out);
  rules::AddSeRules(config, out);
  for (auto add : {rules::AddKmRules, rules::AddPrRules, rules::AddRsRules, rules::AddPtRules})
    if (Status s = add(config, out); !s.ok()) return s;
  if (Status s = rules::AddPsRules(config, out); !s.ok()) return s;
  std::stable_sort(out->begin(), out->end(), [](const auto& a, const auto& b) {
    return a->meta().id < b->meta().id;
  });
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
