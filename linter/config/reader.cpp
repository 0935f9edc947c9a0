#include "linter/config/reader.h"

#include <algorithm>
#include <map>

#include "linter/config/suggest.h"
#include "rules/registry.h"

namespace k8slint {

bool ConfigReader::FailAt(Position at, const std::string& message) {
  if (error_.empty())
    error_ =
        path_ + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " + message;
  return false;
}

bool ConfigReader::Fail(const yaml::Node& at, const std::string& message) {
  return FailAt(at.valid() ? at.position() : Position{1, 1}, message);
}

bool ConfigReader::Scalar(const yaml::Node& v, std::string_view what, std::string* out) {
  if (!v.IsScalar())
    return Fail(v,
                "'" + std::string(what) + "' must be a string, not " + std::string(v.TypeName()));
  *out = std::string(v.scalar());
  return true;
}

bool ConfigReader::StringList(const yaml::Node& v, std::string_view what,
                              std::vector<std::string>* out) {
  out->clear();
  if (v.IsScalar()) {
    if (v.scalar().empty()) return Fail(v, "'" + std::string(what) + "' has an empty item");
    out->emplace_back(v.scalar());
    return true;
  }
  if (!v.IsSequence())
    return Fail(v, "'" + std::string(what) + "' must be a list of strings, not " +
                       std::string(v.TypeName()));
  for (size_t i = 0; i < v.size(); ++i) {
    const yaml::Node item = v.Item(i);
    if (!item.IsScalar())
      return Fail(item, "items of '" + std::string(what) + "' must be strings, not " +
                            std::string(item.TypeName()));
    if (item.scalar().empty()) return Fail(item, "'" + std::string(what) + "' has an empty item");
    out->emplace_back(item.scalar());
  }
  return true;
}

bool ConfigReader::JoinedList(const yaml::Node& v, std::string_view what, std::string* out) {
  std::vector<std::string> items;
  if (v.IsSequence() && v.size() == 0) {
    out->clear();
    return true;
  }
  if (!StringList(v, what, &items)) return false;
  out->clear();
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].find(',') != std::string::npos)
      return Fail(v.IsSequence() ? v.Item(i) : v,
                  "items of '" + std::string(what) + "' cannot contain ',': write a YAML list");
    *out += (i ? "," : "") + items[i];
  }
  return true;
}

bool ConfigReader::Rules(const yaml::Node& token, std::vector<const Rule*>* out) {
  if (token.IsScalar() && token.scalar().empty()) return Fail(token, "empty rule name");
  if (!token.IsScalar())
    return Fail(token, "a rule must be named by a string (id, name, alias or family), not " +
                           std::string(token.TypeName()));
  *out = catalogue_.Resolve(token.scalar());
  if (!out->empty()) return true;
  std::vector<std::string_view> known;
  for (const auto& r : catalogue_.rules()) {
    known.push_back(r->meta().id);
    known.push_back(r->meta().id.substr(0, r->meta().id.size() - 3));  // the family
    known.push_back(r->meta().name);
    for (std::string_view a : r->meta().aliases) known.push_back(a);
  }
  return Fail(token, "unknown rule '" + std::string(token.scalar()) + "'" +
                         DidYouMean(token.scalar(), known) + " (see `k8slint rules`)");
}

void ConfigReader::Select(std::vector<const Rule*> rules, Choice choice,
                          std::optional<Level> level) {
  selections_.push_back({std::move(rules), choice, level});
}

void ConfigReader::NoteValue(std::string rule_id, std::string name, std::string value,
                             yaml::Node node) {
  values_.push_back({std::move(rule_id), std::move(name), std::move(value), node});
}

void ConfigReader::Finish() {
  if (failed()) return;
  // Broadest choices first, so a rule's own entry beats its family's; for equally broad
  // choices enable < level < disable, so "off" wins a tie (ruff's select/ignore rule).
  std::stable_sort(selections_.begin(), selections_.end(),
                   [](const Selection& a, const Selection& b) {
                     if (a.rules.size() != b.rules.size()) return a.rules.size() > b.rules.size();
                     return a.choice < b.choice;
                   });
  std::map<std::string_view, bool> on;
  std::map<std::string_view, Level> levels;
  for (const Selection& s : selections_)
    for (const Rule* r : s.rules) {
      on[r->meta().id] = s.choice != Choice::kDisable;
      if (s.level) levels[r->meta().id] = *s.level;
    }
  for (const auto& [id, enabled] : on)
    (enabled ? config_.file_enable : config_.file_disable).emplace_back(id);
  for (const auto& [id, level] : levels) config_.levels[std::string(id)] = level;
  CheckValues();
}

void ConfigReader::CheckValues() {
  std::unique_ptr<Registry> built;
  const Status all = BuildRegistry(config_, &built);
  if (all.ok()) return;
  // Rebuild with each value alone to find the one a rule rejects (error path only).
  for (const Value& v : values_) {
    Config alone;
    if (v.rule_id.empty()) alone.settings[v.name] = v.value;
    else alone.params[v.rule_id][v.name] = v.value;
    if (Status s = BuildRegistry(alone, &built); !s.ok()) {
      Fail(v.node, s.message());
      return;
    }
  }
  FailAt(Position{1, 1}, all.message());
}

}  // namespace k8slint
