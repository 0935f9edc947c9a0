#include "linter/core/registry.h"

#include <algorithm>
#include <cctype>

namespace k8slint {
namespace {

// Ids are <FAMILY><3 digits>; the family is everything before the digits ("K8L", "NR").
std::string_view FamilyOf(std::string_view id) {
  return id.size() > 3 ? id.substr(0, id.size() - 3) : std::string_view{};
}

std::string_view BareAlias(std::string_view alias) {
  const size_t colon = alias.find(':');
  return colon == std::string_view::npos ? alias : alias.substr(colon + 1);
}

}  // namespace

Registry::Registry(std::vector<std::unique_ptr<Rule>> rules) : rules_(std::move(rules)) {
  enabled_.assign(rules_.size(), true);
  for (const auto& r : rules_) levels_.push_back(r->meta().level);
  for (size_t i = 0; i < rules_.size(); ++i)
    enabled_[i] = rules_[i]->meta().status == "stable" && !rules_[i]->meta().opt_in;
}

std::vector<const Rule*> Registry::Resolve(std::string_view token) const {
  std::vector<const Rule*> found;
  for (const auto& r : rules_) {
    const RuleMeta& m = r->meta();
    bool match = m.id == token || m.name == token || FamilyOf(m.id) == token;
    for (std::string_view alias : m.aliases)
      match = match || alias == token || BareAlias(alias) == token;
    if (match) found.push_back(r.get());
  }
  return found;
}

size_t Registry::IndexOf(const Rule& rule) const {
  for (size_t i = 0; i < rules_.size(); ++i)
    if (rules_[i].get() == &rule) return i;
  return 0;
}

Status Registry::Select(const Config& config) {
  auto apply = [&](const std::vector<std::string>& tokens, bool on) -> Status {
    for (const std::string& t : tokens) {
      auto rules = Resolve(t);
      if (rules.empty()) return Status::Config("unknown rule '" + t + "'");
      for (const Rule* r : rules) enabled_[IndexOf(*r)] = on;
    }
    return Status::Ok();
  };
  // The config file first, so `only` and the command line override it.
  if (Status s = apply(config.file_enable, true); !s.ok()) return s;
  if (Status s = apply(config.file_disable, false); !s.ok()) return s;
  if (config.only) {
    enabled_.assign(rules_.size(), false);
    if (Status s = apply(*config.only, true); !s.ok()) return s;
  }
  if (Status s = apply(config.enable, true); !s.ok()) return s;
  if (Status s = apply(config.disable, false); !s.ok()) return s;
  for (const auto& [token, level] : config.levels) {
    auto rules = Resolve(token);
    if (rules.empty()) return Status::Config("unknown rule '" + token + "'");
    for (const Rule* r : rules) levels_[IndexOf(*r)] = level;
  }
  return Status::Ok();
}

std::vector<const Rule*> Registry::EnabledRules() const {
  std::vector<const Rule*> out;
  for (size_t i = 0; i < rules_.size(); ++i)
    if (enabled_[i]) out.push_back(rules_[i].get());
  return out;
}

}  // namespace k8slint
