// Registry: every rule of this build, constructed from the configuration, with
// lookup by id, name, alias or family, and the selection of enabled rules.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/rule.h"
#include "linter/core/status.h"

namespace k8slint {

class Registry {
 public:
  explicit Registry(std::vector<std::unique_ptr<Rule>> rules);

  const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }
  // Rules a token names: an id, a name, an alias ("hadolint:DL3002" or bare "DL3002")
  // or a family prefix ("NR"). Empty when the token names nothing.
  std::vector<const Rule*> Resolve(std::string_view token) const;
  size_t IndexOf(const Rule& rule) const;

  // Applies enable/disable/only/levels from `config`; unknown tokens are config errors.
  Status Select(const Config& config);
  bool enabled(const Rule& rule) const { return enabled_[IndexOf(rule)]; }
  Level LevelOf(const Rule& rule) const { return levels_[IndexOf(rule)]; }
  std::vector<const Rule*> EnabledRules() const;

 private:
  std::vector<std::unique_ptr<Rule>> rules_;
  std::vector<bool> enabled_;
  std::vector<Level> levels_;
};

}  // namespace k8slint
