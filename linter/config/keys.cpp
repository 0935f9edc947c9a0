// The key table of keys.h and the readers and printers of the simple keys.
#include "linter/config/keys.h"

#include <cstdint>
#include <cctype>

namespace k8slint {
namespace {

std::string Str(std::string_view s) { return std::string(s); }

bool ReadEnable(ConfigReader& r, const yaml::Node& v) {
  std::vector<std::vector<const Rule*>> lists;
  if (!ReadRuleTokens(r, v, "enable", &lists)) return false;
  for (auto& rules : lists) r.Select(std::move(rules), ConfigReader::Choice::kEnable);
  return true;
}

bool ReadDisable(ConfigReader& r, const yaml::Node& v) {
  std::vector<std::vector<const Rule*>> lists;
  if (!ReadRuleTokens(r, v, "disable", &lists)) return false;
  for (auto& rules : lists) r.Select(std::move(rules), ConfigReader::Choice::kDisable);
  return true;
}

// Selection is folded into each rule's level under `rules`, which is what runs.
void PrintEnable(const Config&, const Registry&, std::ostream& out) {
  out << "enable: []  # folded into rules: below\n";
}
void PrintDisable(const Config&, const Registry&, std::ostream& out) {
  out << "disable: []  # folded into rules: below (off)\n";
}

bool ReadFailOn(ConfigReader& r, const yaml::Node& v) {
  std::string s;
  if (!r.Scalar(v, "fail-on", &s)) return false;
  if (s != "error" && s != "warning" && s != "note" && s != "never")
    return r.Fail(v, "'fail-on' must be error, warning, note or never, not '" + s + "'");
  r.config().fail_on = s;
  return true;
}
void PrintFailOn(const Config& c, const Registry&, std::ostream& out) {
  out << "fail-on: " << (c.fail_on.empty() ? "warning" : c.fail_on) << "\n";
}

bool ReadPowerShellTarget(ConfigReader& r, const yaml::Node& v) {
  std::string s;
  if (!r.Scalar(v, "powershell-target", &s)) return false;
  r.config().settings["powershell-target"] = s;
  r.NoteValue("", "powershell-target", s, v);
  return true;
}
void PrintPowerShellTarget(const Config& c, const Registry&, std::ostream& out) {
  out << "powershell-target: " << YamlScalar(c.Param("", "powershell-target", "5.1")) << "\n";
}

bool ReadShellFences(ConfigReader& r, const yaml::Node& v) {
  std::string joined;
  if (!r.JoinedList(v, "shell-fences", &joined)) return false;
  for (const std::string& lang : SplitCommaList(joined))
    for (const char c : lang)
      if (!std::isalnum(static_cast<unsigned char>(c)) &&
          std::string_view("+-_.#").find(c) == std::string_view::npos)
        return r.Fail(v, "'shell-fences' items are fence languages such as bash or console, not '" +
                             lang + "'");
  r.config().settings["shell-fences"] = joined;
  return true;
}
void PrintShellFences(const Config& c, const Registry&, std::ostream& out) {
  out << "shell-fences: " << YamlList(SplitCommaList(c.Param("", "shell-fences", ""))) << "\n";
}

bool ReadAllowedRegistries(ConfigReader& r, const yaml::Node& v) {
  std::string joined;
  if (!r.JoinedList(v, "allowed-registries", &joined)) return false;
  r.config().settings["allowed-registries"] = joined;
  r.NoteValue("", "allowed-registries", joined, v);
  return true;
}
void PrintAllowedRegistries(const Config& c, const Registry&, std::ostream& out) {
  out << "allowed-registries: " << YamlList(SplitCommaList(c.Param("", "allowed-registries", "")))
      << "\n";
}

bool ReadMaxFileSize(ConfigReader& r, const yaml::Node& v) {
  const std::optional<int64_t> n = v.AsInt();
  if (!n || *n <= 0)
    return r.Fail(v, "'max-file-size' must be a positive number of bytes, not " +
                         (v.IsScalar() ? "'" + Str(v.scalar()) + "'" : Str(v.TypeName())));
  r.config().max_file_bytes = static_cast<uint64_t>(*n);
  return true;
}
void PrintMaxFileSize(const Config& c, const Registry&, std::ostream& out) {
  out << "max-file-size: " << c.max_file_bytes << "\n";
}

bool ReadFindingCap(ConfigReader& r, const yaml::Node& v, const char* key, uint32_t* out) {
  const std::optional<int64_t> n = v.AsInt();
  if (!n || *n < 0 || *n > int64_t{UINT32_MAX})
    return r.Fail(v, "'" + std::string(key) + "' must be a number of findings (0: no cap), not " +
                         (v.IsScalar() ? "'" + Str(v.scalar()) + "'" : Str(v.TypeName())));
  *out = static_cast<uint32_t>(*n);
  return true;
}
bool ReadMaxFindingsPerRule(ConfigReader& r, const yaml::Node& v) {
  return ReadFindingCap(r, v, "max-findings-per-rule", &r.config().max_findings_per_rule);
}
void PrintMaxFindingsPerRule(const Config& c, const Registry&, std::ostream& out) {
  out << "max-findings-per-rule: " << c.max_findings_per_rule << "\n";
}
bool ReadMaxFindingsPerLine(ConfigReader& r, const yaml::Node& v) {
  return ReadFindingCap(r, v, "max-findings-per-line", &r.config().max_findings_per_line);
}
void PrintMaxFindingsPerLine(const Config& c, const Registry&, std::ostream& out) {
  out << "max-findings-per-line: " << c.max_findings_per_line << "\n";
}

bool ReadDefaultExcludes(ConfigReader& r, const yaml::Node& v) {
  const std::optional<bool> b = v.AsBool();
  if (!b)
    return r.Fail(v, "'default-excludes' must be true or false, not " +
                         (v.IsScalar() ? "'" + Str(v.scalar()) + "'" : Str(v.TypeName())));
  r.config().default_excludes = *b;
  return true;
}
void PrintDefaultExcludes(const Config& c, const Registry&, std::ostream& out) {
  out << "default-excludes: " << (c.default_excludes ? "true" : "false") << "\n";
}

}  // namespace

bool ReadRuleTokens(ConfigReader& r, const yaml::Node& v, std::string_view what,
                    std::vector<std::vector<const Rule*>>* out) {
  std::vector<yaml::Node> items;
  if (v.IsSequence()) {
    for (size_t i = 0; i < v.size(); ++i) items.push_back(v.Item(i));
  } else if (v.IsScalar()) {
    items.push_back(v);
  } else {
    return r.Fail(v, "'" + Str(what) + "' must be a list of rules, not " + Str(v.TypeName()));
  }
  for (const yaml::Node& item : items) {
    std::vector<const Rule*> rules;
    if (!r.Rules(item, &rules)) return false;
    out->push_back(std::move(rules));
  }
  return true;
}

const std::vector<ConfigKey>& ConfigKeys() {
  static const std::vector<ConfigKey> keys = {
      {"enable", "list of rules", "[]", "--enable",
       "Turns rules on: ids, names, peer aliases or family prefixes. Needed only for rules that "
       "are off by default (status preview).",
       "enable: [PS, KM010]", ReadEnable, PrintEnable},
      {"disable", "list of rules", "[]", "--disable",
       "Turns rules off: ids, names, peer aliases or family prefixes.",
       "disable: [SE024, hadolint:DL3002, PS]", ReadDisable, PrintDisable},
      {"rules", "map: rule -> level, or map of `level` and parameters", "{}", "",
       "Per-rule settings. The key names one rule or several (id, name, alias or family). The "
       "value is a level (`error`, `warning`, `note`, or `off` to disable), or a map with an "
       "optional `level` and the rule's parameters (see each rule's page in docs/rules/). A "
       "level other than `off` also enables the rule. A parameter value is a string, a number "
       "or a list of strings; unknown parameters are errors.",
       "rules:\n  NR001: error\n  MS: off\n  resource-out-of-bounds:\n    level: error\n"
       "    min-cpu: 50m\n    max-memory: 8Gi\n  PR007: {min-initial-delay: 60}\n"
       "  PT005: {node-port-range: 30000-32767}",
       ReadRulesKey, PrintRulesKey},
      {"fail-on", "`error`, `warning`, `note` or `never`", "warning", "--fail-on",
       "Exit with status 1 when a finding is at or above this level.", "fail-on: error", ReadFailOn,
       PrintFailOn},
      {"exclude", "list of globs", "[]", "",
       "Paths not linted, relative to the config file's folder (see Globs). Applies to walked "
       "files and to files named on the command line.",
       "exclude: [\"charts/*/tests/**\", \"*.generated.yaml\"]", ReadExclude, PrintExclude},
      {"default-excludes", "`true` or `false`", "true", "",
       "Folders of other people's code that a folder walk skips: node_modules, "
       "bower_components, vendor, third_party, .venv, venv, .tox, .nox, __pypackages__, "
       "site-packages and .terraform (like ruff's defaults). Paths named on the command line "
       "are still linted. `false` walks them too.",
       "default-excludes: false", ReadDefaultExcludes, PrintDefaultExcludes},
      {"per-file-ignores", "map: glob -> list of rules", "{}", "",
       "Drops findings of the listed rules in files matching the glob (relative to the config "
       "file's folder), like ruff's `per-file-ignores`.",
       "per-file-ignores:\n  \"docs/**\": [PS]\n  \"deploy/dev/*.yaml\": [RS, "
       "missing-liveness-probe]",
       ReadPerFileIgnores, PrintPerFileIgnores},
      {"powershell-target", "`\"5.1\"` or `\"7\"`", "\"5.1\"", "--powershell-target",
       "PowerShell edition the PS rules check commands against (`&&`/`||` chains and the `curl` "
       "alias exist on 5.1 only). Shared by every rule with a `powershell-target` parameter; a "
       "rule's own parameter under `rules` wins.",
       "powershell-target: \"7\"", ReadPowerShellTarget, PrintPowerShellTarget},
      {"shell-fences", "list of fence languages", "[]", "--shell-fences",
       "Markdown fence languages checked as PowerShell in addition to powershell, pwsh, ps1, "
       "ps and posh, for docs whose shell blocks must also run on Windows.",
       "shell-fences: [bash, sh, console]", ReadShellFences, PrintShellFences},
      {"allowed-registries", "list of registries", "[]", "",
       "Image registries (a host, a host with a path prefix, or a `*` host pattern) that "
       "images may come from; rule KM010 checks manifests, values and Dockerfile FROM against "
       "them. Empty: any registry. Docker Hub is `docker.io`.",
       "allowed-registries: [ghcr.io/acme, \"*.dkr.ecr.eu-west-1.amazonaws.com\", "
       "docker.io/library]",
       ReadAllowedRegistries, PrintAllowedRegistries},
      {"image-dockerfiles", "map: image repository -> Dockerfile path", "{}", "",
       "Which Dockerfile builds an image, for the cross-file rules, when the naming conventions "
       "do not find it. Paths are relative to the config file's folder and must exist.",
       "image-dockerfiles:\n  ghcr.io/acme/api: services/api/Dockerfile", ReadImageDockerfiles,
       PrintImageDockerfiles},
      {"external-objects", "list of `ConfigMap/<name>` or `Secret/<name>`", "[]", "",
       "ConfigMaps and Secrets created outside the linted files (by an operator, `kubectl "
       "create secret`, `helm install --set`): references to them are not findings.",
       "external-objects: [Secret/db-credentials, ConfigMap/feature-flags]", ReadExternalObjects,
       PrintExternalObjects},
      {"base-image-users", "map: image pattern -> user", "{}", "",
       "Base images that run as a non-root user (or as root) by default, for the Dockerfile "
       "rules that ask whether a final stage without USER runs as root (NR001, NR004, NR032). "
       "Extends the built-in table of [base-images.md](base-images.md) and wins over it. The "
       "key is `repository[:tag]`, where `*` matches any run of characters; the value is the "
       "user the image runs as (`root`, `0` and `ContainerAdministrator` mean root).",
       "base-image-users:\n  ghcr.io/acme/base-*: \"10001\"\n"
       "  registry.example.com/hardened/*:*-nonroot: nonroot\n  ghcr.io/acme/base-dev: root",
       ReadBaseImageUsers, PrintBaseImageUsers},
      {"label-schema", "map: label -> type", "{}", "",
       "Labels every image must carry, as hadolint's `label-schema`: the final stage (with the "
       "stages it builds on) must set each one (DF071), non-empty (DF073), with a value of its "
       "type (DF074). Types: text, url, semver, hash, rfc3339, spdx, email. Empty: the label "
       "rules report nothing.",
       "label-schema:\n  org.opencontainers.image.source: url\n"
       "  org.opencontainers.image.created: rfc3339\n  org.opencontainers.image.licenses: spdx",
       ReadLabelSchema, PrintLabelSchema},
      {"strict-labels", "`true` or `false`", "false", "",
       "With a `label-schema`, labels outside it are findings (DF072), as hadolint's "
       "`strict-labels`.",
       "strict-labels: true", ReadStrictLabels, PrintStrictLabels},
      {"max-file-size", "bytes", "67108864", "--max-file-size",
       "Files larger than this are skipped with a K8L004 note.", "max-file-size: 1048576",
       ReadMaxFileSize, PrintMaxFileSize},
      {"max-findings-per-rule", "number", "1000", "",
       "Findings shown per rule in one file (0: all). The rest are counted in one K8L008 note "
       "per file, so a generated file does not flood the report.",
       "max-findings-per-rule: 200", ReadMaxFindingsPerRule, PrintMaxFindingsPerRule},
      {"max-findings-per-line", "number", "20", "",
       "Findings shown per rule on one line (0: all), for minified and one-line files; the "
       "rest are counted in the file's K8L008 note.",
       "max-findings-per-line: 5", ReadMaxFindingsPerLine, PrintMaxFindingsPerLine},
  };
  return keys;
}

}  // namespace k8slint
