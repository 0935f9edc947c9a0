#include <algorithm>

#include "linter/registry.h"
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

}  // namespace k8slint
