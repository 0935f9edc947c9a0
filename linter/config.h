// Config: the effective settings of one run, from defaults, the config file and the CLI.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "linter/level.h"

namespace k8slint {

struct Config {
  // Rule selection; each token is an id, a name, an alias or a family prefix ("PS").
  std::vector<std::string> enable;
  std::vector<std::string> disable;
  // When set, only these rules run (the fixture runner and `explain` examples use it).
  std::optional<std::vector<std::string>> only;
  std::map<std::string, Level> levels;  // rule token -> level
  // Per-rule parameters: params[rule id][param name] = value as written.
  std::map<std::string, std::map<std::string, std::string>> params;
  // Settings shared by several rules ("powershell-target", "shell-fences", ...).
  std::map<std::string, std::string> settings;
  std::vector<std::string> exclude;  // path globs

  // Project linking (cross-file rules). Image repository as written in manifests or
  // values -> Dockerfile path, for when the naming conventions do not find it.
  std::map<std::string, std::string> image_dockerfiles;
  // ConfigMaps and Secrets created outside the inputs (an operator, `kubectl create
  // secret`, `helm install --set`): references to them are not findings.
  std::vector<std::string> external_objects;

  uint64_t max_file_bytes = 64ull << 20;  // larger files are skipped with a note
  bool redact = true;

  // A rule parameter, else the shared setting of the same name, else `fallback`.
  std::string Param(const std::string& rule_id, const std::string& name,
                    const std::string& fallback) const;
};

}  // namespace k8slint
