// The `rules` key: per-rule levels and parameters, validated against each rule's
// declared RuleMeta::params.
#include <algorithm>

#include "linter/config/keys.h"
#include "linter/config/suggest.h"

namespace k8slint {
namespace {

std::string RuleStr(std::string_view s) { return std::string(s); }

bool ReadLevel(ConfigReader& r, const yaml::Node& v, const std::string& token,
               const std::vector<const Rule*>& rules) {
  std::string text;
  if (!r.Scalar(v, "rules: " + token + " level", &text)) return false;
  if (text == "off") {
    r.Select(rules, ConfigReader::Choice::kDisable);
    return true;
  }
  const std::optional<Level> level = ParseLevel(text);
  if (!level)
    return r.Fail(v, "level of '" + token + "' must be error, warning, note or off, not '" + text +
                         "'" + DidYouMean(text, {"error", "warning", "note", "off"}));
  r.Select(rules, ConfigReader::Choice::kLevel, level);
  return true;
}

// A parameter's text: a scalar as written, a list joined with commas, null as "".
bool ParamValue(ConfigReader& r, const yaml::Node& v, const std::string& what, std::string* out) {
  if (v.IsNull()) {
    out->clear();
    return true;
  }
  if (v.IsMap()) return r.Fail(v, "'" + what + "' must be a string, a number or a list, not a map");
  return v.IsSequence() ? r.JoinedList(v, what, out) : r.Scalar(v, what, out);
}

bool ReadParam(ConfigReader& r, const yaml::Node& key, const yaml::Node& v,
               const std::string& token, const std::vector<const Rule*>& rules) {
  const std::string name(key.scalar());
  std::vector<const Rule*> declaring;
  std::vector<std::string_view> known = {"level"};
  for (const Rule* rule : rules)
    for (const RuleParam& p : rule->meta().params) {
      if (p.name == name) declaring.push_back(rule);
      if (std::find(known.begin(), known.end(), p.name) == known.end()) known.push_back(p.name);
    }
  if (declaring.empty()) {
    std::string message =
        "unknown parameter '" + name + "' for '" + token + "'" + DidYouMean(name, known);
    if (known.size() == 1) {
      message +=
          rules.size() == 1 ? " (it takes no parameters, only 'level')" : " (only 'level' applies)";
    } else {
      message += " (known: ";
      for (size_t i = 0; i < known.size(); ++i) message += (i ? ", " : "") + RuleStr(known[i]);
      message += ")";
    }
    return r.Fail(key, message);
  }
  std::string value;
  if (!ParamValue(r, v, "rules: " + token + ": " + name, &value)) return false;
  for (const Rule* rule : declaring) {
    const std::string id(rule->meta().id);
    r.config().params[id][name] = value;
    r.NoteValue(id, name, value, v);
  }
  return true;
}

bool ReadEntry(ConfigReader& r, const yaml::Node& key, const yaml::Node& v) {
  std::vector<const Rule*> rules;
  if (!r.Rules(key, &rules)) return false;
  const std::string token(key.scalar());
  if (v.IsScalar()) return ReadLevel(r, v, token, rules);
  if (!v.IsMap())
    return r.Fail(v.valid() && !v.IsNull() ? v : key,
                  "'" + token +
                      "' must be a level (error, warning, note, off) or a map of level "
                      "and parameters, not " +
                      RuleStr(v.TypeName()));
  for (size_t i = 0; i < v.size(); ++i) {
    const yaml::Node k = v.KeyAt(i);
    if (!k.IsScalar()) return r.Fail(k, "settings of '" + token + "' are named by strings");
    if (k.scalar() == "level") {
      if (!ReadLevel(r, v.ValueAt(i), token, rules)) return false;
    } else if (!ReadParam(r, k, v.ValueAt(i), token, rules)) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool ReadRulesKey(ConfigReader& r, const yaml::Node& v) {
  if (v.IsNull()) return true;
  if (!v.IsMap())
    return r.Fail(
        v, "'rules' must be a map of rule -> level or settings, not " + RuleStr(v.TypeName()));
  for (size_t i = 0; i < v.size(); ++i)
    if (!ReadEntry(r, v.KeyAt(i), v.ValueAt(i))) return false;
  return true;
}

void PrintRulesKey(const Config& config, const Registry& registry, std::ostream& out) {
  out << "rules:\n";
  for (const auto& rule : registry.rules()) {
    const RuleMeta& m = rule->meta();
    const std::string_view level =
        registry.enabled(*rule) ? LevelName(registry.LevelOf(*rule)) : "off";
    if (m.params.empty()) {
      out << "  " << m.id << ": " << level << "  # " << m.name << "\n";
      continue;
    }
    out << "  " << m.id << ":  # " << m.name << "\n    level: " << level << "\n";
    for (const RuleParam& p : m.params) {
      const std::string value =
          config.Param(std::string(m.id), std::string(p.name), std::string(p.default_value));
      out << "    " << p.name << ": " << YamlScalar(value) << "\n";
    }
  }
}

}  // namespace k8slint
