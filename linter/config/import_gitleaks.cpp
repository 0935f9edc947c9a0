// .gitleaks.toml -> .k8slint.yaml (docs/configuration.md#importing-peer-configuration).
// The allowlists' path regexes become per-file-ignores of the secrets rules; k8slint has
// no value allowlist, so regexes and stopwords are reported as not imported.
// toml++ is used header-only: nothing to link, so the static package build needs no archive.
#define TOML_HEADER_ONLY 1
#include <cstdint>
#include <toml++/toml.h>

#include <algorithm>

#include "linter/config/peer_import.h"

namespace k8slint {
namespace {

constexpr std::string_view kGitleaksPrefix = "gitleaks:";

std::string TomlLine(const toml::node& n) {
  return "line " + std::to_string(n.source().begin.line);
}

Position At(const toml::node& n) {
  return Position{static_cast<uint32_t>(n.source().begin.line),
                  static_cast<uint32_t>(n.source().begin.column)};
}

std::string Quoted(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", '" : "'") + items[i] + "'";
  return out;
}

class GitleaksImport {
 public:
  GitleaksImport(const ImportContext& ctx, ImportedConfig* out) : ctx_(ctx), out_(*out) {}

  Status Run(const toml::table& root) {
    for (const auto& [key, node] : root) {
      const std::string name(key.str());
      Status s;
      if (name == "allowlist") {
        s = Allowlist(node, "allowlist");
      } else if (name == "allowlists") {
        s = EachTable(node, "allowlists",
                      [&](const toml::table& t) { return Allowlist(t, "allowlists"); });
      } else if (name == "rules") {
        s = EachTable(node, "rules", [&](const toml::table& t) { return CustomRule(t); });
      } else if (name == "extend") {
        s = Extend(node);
      } else if (name != "title" && name != "description") {
        out_.not_imported.push_back(TomlLine(node) + ", " + name + ": not a gitleaks setting");
      }
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

 private:
  Status Strings(const toml::node* node, std::string_view what, std::vector<std::string>* out) {
    out->clear();
    if (!node) return Status::Ok();
    const toml::array* array = node->as_array();
    if (!array)
      return ctx_.FailAt(At(*node), "'" + std::string(what) + "' must be an array of strings");
    for (const toml::node& item : *array) {
      const std::optional<std::string> s = item.value<std::string>();
      if (!s || !item.is_string())
        return ctx_.FailAt(At(item), "'" + std::string(what) + "' items must be strings");
      out->push_back(*s);
    }
    return Status::Ok();
  }

  template <typename Fn>
  Status EachTable(const toml::node& node, std::string_view what, Fn fn) {
    const toml::array* array = node.as_array();
    if (!array || !array->is_array_of_tables())
      return ctx_.FailAt(At(node), "'" + std::string(what) + "' must be an array of tables ([[" +
                                       std::string(what) + "]])");
    for (const toml::node& item : *array)
      if (Status s = fn(*item.as_table()); !s.ok()) return s;
    return Status::Ok();
  }

  Status Extend(const toml::node& node) {
    const toml::table* t = node.as_table();
    if (!t) return ctx_.FailAt(At(node), "'extend' must be a table");
    std::vector<std::string> disabled;
    if (Status s = Strings(t->get("disabledRules"), "extend.disabledRules", &disabled); !s.ok())
      return s;
    for (const std::string& id : disabled) {
      const std::string token = std::string(kGitleaksPrefix) + id;
      const std::vector<const Rule*> rules = ctx_.catalogue().Resolve(token);
      if (rules.empty()) {
        out_.not_imported.push_back(
            TomlLine(node) + ", extend.disabledRules: " + id +
            ": no k8slint rule detects it, so there is nothing to turn off");
        continue;
      }
      out_.disable.push_back({token, ctx_.Describe(rules, kGitleaksPrefix, {token})});
    }
    if (const toml::node* path = t->get("path"))
      out_.not_imported.push_back(TomlLine(*path) + ", extend.path: the extended file is not read; "
                                                    "import it too and merge the two");
    if (const toml::node* use = t->get("useDefault"); use && use->value<bool>() == false)
      out_.suggestions.push_back("extend.useDefault is false; k8slint's secrets rules still "
                                 "detect every format they know");
    return Status::Ok();
  }

  // A [[rules]] entry: a custom rule, or (with extend.useDefault) one of gitleaks' own
  // rules given more allowlists, whose paths k8slint can honour for the rule's alias.
  Status CustomRule(const toml::table& rule) {
    const std::string id = rule["id"].value_or(std::string("?"));
    const std::vector<const Rule*> known =
        ctx_.catalogue().Resolve(std::string(kGitleaksPrefix) + id);
    if (known.empty()) {
      const std::string description = rule["description"].value_or(std::string());
      out_.not_imported.push_back(TomlLine(rule) + ", rules: custom rule " + id +
                                  (description.empty() ? "" : " (" + description + ")") +
                                  ": k8slint has no custom secret rules");
      return Status::Ok();
    }
    if (rule.contains("regex") || rule.contains("path") || rule.contains("entropy"))
      out_.not_imported.push_back(
          TomlLine(rule) + ", rules: " + id + " redefines how gitleaks detects it; " +
          std::string(known.front()->meta().id) + " keeps k8slint's detector");
    const std::string what = "rules." + id + ".allowlists";
    if (const toml::node* one = rule.get("allowlist"))
      if (Status s = Allowlist(*one, "rules." + id + ".allowlist", id); !s.ok()) return s;
    if (const toml::node* many = rule.get("allowlists"))
      return EachTable(*many, what, [&](const toml::table& t) { return Allowlist(t, what, id); });
    return Status::Ok();
  }

  // `rule_id`: the gitleaks rule a rule's own allowlist belongs to, else "".
  Status Allowlist(const toml::node& node, const std::string& what,
                   const std::string& rule_id = "") {
    const toml::table* t = node.as_table();
    if (!t) return ctx_.FailAt(At(node), "'" + std::string(what) + "' must be a table");
    std::vector<std::string> paths, regexes, stopwords, commits, targets;
    for (auto [key, list] : {std::pair{"paths", &paths}, std::pair{"regexes", &regexes},
                             std::pair{"stopwords", &stopwords}, std::pair{"commits", &commits},
                             std::pair{"targetRules", &targets}})
      if (Status s = Strings(t->get(key), what + "." + key, list); !s.ok()) return s;
    if (!rule_id.empty()) targets = {rule_id};
    const std::string where = TomlLine(node) + ", " + what;
    if (!regexes.empty())
      out_.not_imported.push_back(where + ".regexes " + Quoted(regexes) +
                                  ": k8slint has no value allowlist; mark the line with "
                                  "`gitleaks:allow`, or record today's findings with "
                                  "--write-baseline");
    if (!stopwords.empty())
      out_.not_imported.push_back(
          where + ".stopwords " + Quoted(stopwords) +
          ": k8slint has no stopwords; mark the line with `gitleaks:allow`");
    if (!commits.empty())
      out_.not_imported.push_back(where + ".commits: k8slint reads the files, not the git history");
    if (paths.empty()) return Status::Ok();
    const std::string condition = (*t)["condition"].value_or(std::string("OR"));
    if (condition == "AND" && (!regexes.empty() || !stopwords.empty())) {
      out_.not_imported.push_back(where + ".paths " + Quoted(paths) +
                                  ": with condition AND they allow only the matching values, "
                                  "which k8slint cannot express");
      return Status::Ok();
    }
    // The rules the allowlist applies to: every secrets rule, or the target rules k8slint has.
    std::vector<std::string> rules;
    std::vector<const Rule*> resolved;
    for (const std::string& id : targets) {
      const std::vector<const Rule*> found =
          ctx_.catalogue().Resolve(std::string(kGitleaksPrefix) + id);
      if (found.empty()) {
        out_.not_imported.push_back(where + ".targetRules: " + id + ": no k8slint rule detects it");
        continue;
      }
      rules.push_back(std::string(kGitleaksPrefix) + id);
      for (const Rule* rule : found)
        if (std::find(resolved.begin(), resolved.end(), rule) == resolved.end())
          resolved.push_back(rule);
    }
    if (!targets.empty() && rules.empty()) return Status::Ok();
    if (targets.empty()) rules.push_back("SE");
    // One k8slint rule may hold several gitleaks rules: say so, since the whole rule is dropped.
    const std::string covers =
        resolved.empty() ? "" : "; " + ctx_.Describe(resolved, kGitleaksPrefix, rules);
    for (const std::string& regex : paths) {
      std::vector<std::string> globs;
      if (!PathRegexToGlobs(regex, &globs)) {
        out_.not_imported.push_back(where + ".paths '" + regex +
                                    "': a regex that no glob matches exactly; add a glob for "
                                    "those paths under per-file-ignores with [SE]");
        continue;
      }
      for (const std::string& glob : globs)
        out_.per_file_ignores.push_back(
            {glob, rules, "gitleaks " + what + " path '" + regex + "'" + covers});
    }
    return Status::Ok();
  }

  const ImportContext& ctx_;
  ImportedConfig& out_;
};

}  // namespace

Status ImportGitleaks(const ImportContext& ctx, const std::string& text, ImportedConfig* out) {
  toml::table root;
  try {
    root = toml::parse(text, ctx.path());
  } catch (const toml::parse_error& e) {
    return ctx.FailAt(Position{static_cast<uint32_t>(e.source().begin.line),
                               static_cast<uint32_t>(e.source().begin.column)},
                      std::string(e.description()));
  }
  return GitleaksImport(ctx, out).Run(root);
}

}  // namespace k8slint
