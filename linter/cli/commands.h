// The `rules` and `explain` subcommands.
#pragma once

#include <string>

namespace k8slint::cli {

struct RulesOptions {
  std::string format = "text";
  std::string output;
  std::string index;  // markdown with output: also write docs/index.md here
};

int ListRules(const RulesOptions& opt);
int ExplainRule(const std::string& rule);

}  // namespace k8slint::cli
