// The keys of .k8slint.yaml: one table that drives reading the file, printing the
// effective configuration (`k8slint config --print`) and the reference section of
// docs/configuration.md (`k8slint config --docs`), so the three cannot drift apart.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/config.h"
#include "linter/config/reader.h"
#include "linter/core/registry.h"
#include "linter/models/yaml/tree.h"

namespace k8slint {

struct ConfigKey {
  std::string_view name;
  std::string_view type;           // for the docs
  std::string_view default_value;  // as YAML
  std::string_view flag;           // the command-line flag that overrides it, or ""
  std::string_view description;    // markdown
  std::string_view example;        // YAML lines, including the key
  // Reads the key's value into reader.config(); false after reporting an error.
  bool (*read)(ConfigReader& reader, const yaml::Node& value);
  // Writes "name: value" (possibly several lines) for the effective configuration.
  // `registry` is built from `config`.
  void (*print)(const Config& config, const Registry& registry, std::ostream& out);
};

// Every key, in the order the docs and `config --print` list them.
const std::vector<ConfigKey>& ConfigKeys();

// The reference section of docs/configuration.md.
std::string ConfigKeysMarkdown();

// The `rules` key (rules_key.cpp).
bool ReadRulesKey(ConfigReader& reader, const yaml::Node& value);
void PrintRulesKey(const Config& config, const Registry& registry, std::ostream& out);

// The path and project-linking keys (path_keys.cpp).
bool ReadExclude(ConfigReader& reader, const yaml::Node& value);
void PrintExclude(const Config& config, const Registry& registry, std::ostream& out);
bool ReadPerFileIgnores(ConfigReader& reader, const yaml::Node& value);
void PrintPerFileIgnores(const Config& config, const Registry& registry, std::ostream& out);
bool ReadImageDockerfiles(ConfigReader& reader, const yaml::Node& value);
void PrintImageDockerfiles(const Config& config, const Registry& registry, std::ostream& out);
bool ReadExternalObjects(ConfigReader& reader, const yaml::Node& value);
void PrintExternalObjects(const Config& config, const Registry& registry, std::ostream& out);
// base_image_keys.cpp
bool ReadBaseImageUsers(ConfigReader& reader, const yaml::Node& value);
void PrintBaseImageUsers(const Config& config, const Registry& registry, std::ostream& out);
// label_schema_keys.cpp
bool ReadLabelSchema(ConfigReader& reader, const yaml::Node& value);
void PrintLabelSchema(const Config& config, const Registry& registry, std::ostream& out);
bool ReadStrictLabels(ConfigReader& reader, const yaml::Node& value);
void PrintStrictLabels(const Config& config, const Registry& registry, std::ostream& out);

// A list of rules (a list of tokens, or one token), each resolved; `what` names the key.
bool ReadRuleTokens(ConfigReader& reader, const yaml::Node& value, std::string_view what,
                    std::vector<std::vector<const Rule*>>* out);

// YAML output helpers: a scalar quoted when plain style would change its meaning, and
// flow-style lists.
std::string YamlScalar(std::string_view text);
std::string YamlList(const std::vector<std::string>& items);
std::vector<std::string> SplitCommaList(std::string_view joined);

}  // namespace k8slint
