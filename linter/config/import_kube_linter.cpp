// .kube-linter.yaml -> .k8slint.yaml (docs/configuration.md#importing-peer-configuration).
// kube-linter's checks map to k8slint rules through their `kube-linter:` aliases; exclude
// beats include, as in kube-linter.
#include <algorithm>
#include <map>
#include <set>

#include "linter/config/peer_import.h"

namespace k8slint {
namespace {

constexpr std::string_view kKubeLinterPrefix = "kube-linter:";

std::string Line(const yaml::Node& n) { return "line " + std::to_string(n.position().line); }

bool HasPrefix(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

class KubeLinterImport {
 public:
  KubeLinterImport(const ImportContext& ctx, ImportedConfig* out) : ctx_(ctx), out_(*out) {}

  Status Run(const yaml::Node& root) {
    if (!root.valid() || root.IsNull()) return Status::Ok();
    for (size_t i = 0; i < root.size(); ++i) {
      const yaml::Node key = root.KeyAt(i), value = root.ValueAt(i);
      const std::string name(key.IsScalar() ? key.scalar() : "");
      if (name == "checks") {
        if (Status s = Checks(value); !s.ok()) return s;
      } else if (name == "customChecks") {
        if (Status s = CustomChecks(value); !s.ok()) return s;
      } else {
        out_.not_imported.push_back(Line(key) + ", " + name + ": not a kube-linter setting");
      }
    }
    return Status::Ok();
  }

 private:
  Status Checks(const yaml::Node& v) {
    if (!v.valid() || v.IsNull()) return Status::Ok();
    if (!v.IsMap()) return ctx_.Fail(v, "'checks' must be a map, not " + std::string(v.TypeName()));
    std::vector<std::string> include, exclude, ignore_paths;
    bool all_built_in = false, no_defaults = false;
    for (size_t i = 0; i < v.size(); ++i) {
      const yaml::Node key = v.KeyAt(i), value = v.ValueAt(i);
      const std::string name(key.IsScalar() ? key.scalar() : "");
      Status s;
      if (name == "include") s = ctx_.Strings(value, "checks.include", &include);
      else if (name == "exclude") s = ctx_.Strings(value, "checks.exclude", &exclude);
      else if (name == "ignorePaths") s = ctx_.Strings(value, "checks.ignorePaths", &ignore_paths);
      else if (name == "addAllBuiltIn" || name == "doNotAutoAddDefaults") {
        const std::optional<bool> b = value.AsBool();
        if (!b) return ctx_.Fail(value, "'checks." + name + "' must be true or false");
        (name == "addAllBuiltIn" ? all_built_in : no_defaults) = *b;
      } else {
        out_.not_imported.push_back(Line(key) + ", checks." + name + ": not a kube-linter setting");
      }
      if (!s.ok()) return s;
      lines_[name] = Line(key);
    }
    std::vector<std::string> include_tokens, exclude_tokens;
    for (const std::string& check : include)
      include_tokens.push_back(std::string(kKubeLinterPrefix) + check);
    for (const std::string& check : exclude)
      exclude_tokens.push_back(std::string(kKubeLinterPrefix) + check);
    const std::set<std::string> excluded(exclude_tokens.begin(), exclude_tokens.end());
    for (const std::string& token : include_tokens)
      if (!excluded.count(token)) Select(token, "include", include_tokens, &out_.enable);
    for (const std::string& token : exclude_tokens)
      Select(token, "exclude", exclude_tokens, &out_.disable);
    if (all_built_in) AddAllBuiltIn(excluded);
    else if (no_defaults) OnlyIncluded(include_tokens);
    IgnorePaths(ignore_paths);
    return Status::Ok();
  }

  void Select(const std::string& token, const std::string& list,
              const std::vector<std::string>& tokens, std::vector<ImportedConfig::Item>* out) {
    const std::vector<const Rule*> rules = ctx_.catalogue().Resolve(token);
    if (rules.empty()) {
      out_.not_imported.push_back(lines_[list] + ", checks." + list + ": " +
                                  token.substr(kKubeLinterPrefix.size()) +
                                  ": no k8slint rule checks it" +
                                  (list == "exclude" ? ", so there is nothing to turn off" : ""));
      return;
    }
    out->push_back({token, ctx_.Describe(rules, kKubeLinterPrefix, tokens)});
  }

  // kube-linter's opt-in checks: the k8slint rules they alias that are off by default.
  void AddAllBuiltIn(const std::set<std::string>& excluded) {
    size_t enabled = 0;
    for (const auto& rule : ctx_.catalogue().rules()) {
      std::string first;
      bool skip = false;
      for (std::string_view alias : rule->meta().aliases) {
        if (!HasPrefix(alias, kKubeLinterPrefix)) continue;
        if (first.empty()) first = std::string(alias);
        skip = skip || excluded.count(std::string(alias));
      }
      if (first.empty() || skip) continue;
      ++enabled;
      if (ctx_.catalogue().enabled(*rule)) continue;
      bool listed = false;
      for (const ImportedConfig::Item& item : out_.enable)
        listed =
            listed || ctx_.catalogue().Resolve(item.token) == std::vector<const Rule*>{rule.get()};
      if (!listed)
        out_.enable.push_back({first, "checks.addAllBuiltIn: " +
                                          ctx_.Describe({rule.get()}, kKubeLinterPrefix, {first})});
    }
    out_.suggestions.push_back("checks.addAllBuiltIn: the " + std::to_string(enabled) +
                               " k8slint rules with a kube-linter alias run (those off by "
                               "default are under enable:)");
  }

  // doNotAutoAddDefaults: kube-linter ran the included checks only. k8slint keeps its own
  // defaults (they are its policy, not kube-linter's); the line to match kube-linter is
  // offered commented out.
  void OnlyIncluded(const std::vector<std::string>& include_tokens) {
    const std::set<std::string> included(include_tokens.begin(), include_tokens.end());
    std::vector<std::string> others;
    for (const auto& rule : ctx_.catalogue().rules()) {
      if (!ctx_.catalogue().enabled(*rule)) continue;
      std::string first;
      bool named = false;
      for (std::string_view alias : rule->meta().aliases) {
        if (!HasPrefix(alias, kKubeLinterPrefix)) continue;
        if (first.empty()) first = std::string(alias);
        named = named || included.count(std::string(alias));
      }
      if (!first.empty() && !named) others.push_back(first);
    }
    out_.suggestions.push_back(
        "checks.doNotAutoAddDefaults: kube-linter ran only the included checks; k8slint keeps "
        "its own defaults on. To also turn off every other rule with a kube-linter alias, add:");
    std::string line = "disable: [";
    for (size_t i = 0; i < others.size(); ++i) line += (i ? ", " : "") + others[i];
    out_.suggestions.push_back(line + "]");
  }

  // Doublestar globs, matched from the folder kube-linter ran in. A pattern without '/'
  // names a top-level entry there, so it is anchored here.
  void IgnorePaths(const std::vector<std::string>& paths) {
    if (paths.empty()) return;
    std::vector<std::string> families;
    for (const auto& rule : ctx_.catalogue().rules()) {
      std::string_view id = rule->meta().id;
      std::string family(id.substr(0, id.size() - 3));  // ids are <FAMILY><3 digits>
      if (family != "SE" && std::find(families.begin(), families.end(), family) == families.end())
        families.push_back(family);
    }
    for (std::string glob : paths) {
      if (glob.empty() || glob.front() == '~' || glob.find("..") != std::string::npos ||
          glob.front() == '/' || glob.find_first_of("{}\\") != std::string::npos) {
        // An absolute path only holds for one machine; braces are doublestar's alone.
        out_.not_imported.push_back(lines_["ignorePaths"] + ", checks.ignorePaths: " + glob +
                                    ": not a path relative to the repository k8slint can match");
        continue;
      }
      if (glob.rfind("./", 0) == 0) glob.erase(0, 2);
      if (glob.find('/') == std::string::npos) glob = "/" + glob;
      out_.per_file_ignores.push_back(
          {glob, families, "kube-linter ignorePaths; the secrets rules (SE) still read them"});
    }
  }

  Status CustomChecks(const yaml::Node& v) {
    if (!v.valid() || v.IsNull()) return Status::Ok();
    if (!v.IsSequence())
      return ctx_.Fail(v, "'customChecks' must be a list, not " + std::string(v.TypeName()));
    for (size_t i = 0; i < v.size(); ++i) {
      const yaml::Node check = v.Item(i);
      const yaml::Node name = check.Get("name"), tmpl = check.Get("template");
      out_.not_imported.push_back(
          Line(check) + ", customChecks: " + (name.IsScalar() ? std::string(name.scalar()) : "?") +
          (tmpl.IsScalar() ? " (template " + std::string(tmpl.scalar()) + ")" : "") +
          ": k8slint has no custom checks; a rule that should exist is an issue to file");
    }
    return Status::Ok();
  }

  const ImportContext& ctx_;
  ImportedConfig& out_;
  std::map<std::string, std::string> lines_;
};

}  // namespace

Status ImportKubeLinter(const ImportContext& ctx, const yaml::Node& root, ImportedConfig* out) {
  return KubeLinterImport(ctx, out).Run(root);
}

}  // namespace k8slint
