// Config: the effective settings of one run, from defaults, the config file and the CLI.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "linter/core/level.h"

namespace k8slint {

// (image pattern, user) rows of the `base-image-users` key.
using BaseImageUsers = std::vector<std::pair<std::string, std::string>>;

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
  // The config file's rule selection, by rule id, applied before `only`, `enable` and
  // `disable`, so the command line wins over the file.
  std::vector<std::string> file_enable;
  std::vector<std::string> file_disable;
  // Path globs (linter/core/glob.h); relative to `base_dir` when it is set.
  std::vector<std::string> exclude;
  // A folder walk skips DefaultExcludedFolder()s (vendored and installed dependencies).
  bool default_excludes = true;
  // Findings of these rules are dropped in files matching the glob (ruff's per-file-ignores).
  struct PathIgnore {
    std::string glob;
    std::vector<std::string> tokens;    // as written, for `config --print`
    std::vector<std::string> rule_ids;  // what they resolve to
  };
  std::vector<PathIgnore> per_file_ignores;
  // The config file read ("" when none) and the folders that anchor its globs: the file's
  // folder and the working directory input paths are relative to (both absolute; empty:
  // globs match paths as given).
  std::string source_file;
  std::string base_dir;
  std::string working_dir;
  std::string fail_on;  // error, warning, note or never; "" = the command line's default

  // Project linking (cross-file rules). Image repository as written in manifests or
  // values -> Dockerfile path, for when the naming conventions do not find it.
  std::map<std::string, std::string> image_dockerfiles;
  // ConfigMaps and Secrets created outside the inputs (an operator, `kubectl create
  // secret`, `helm install --set`): references to them are not findings.
  std::vector<std::string> external_objects;
  // Base images and the user each runs as (image pattern, user), in the file's order,
  // tried before the built-in table of linter/models/dockerfile/base_images.cpp.
  BaseImageUsers base_image_users;

  uint64_t max_file_bytes = 64ull << 20;  // larger files are skipped with a note
  // Findings shown per rule in one file, and per rule on one line (0: no cap); the rest
  // are counted in one K8L008 note per file, so the report and the memory findings take
  // stay bounded on generated or minified input.
  uint32_t max_findings_per_rule = 1000;
  uint32_t max_findings_per_line = 20;
  bool redact = true;
  // The day expiring suppressions (`until=`) are judged against, as YYYY-MM-DD; empty:
  // the current UTC date. Tests and K8SLINT_TODAY set it so runs are reproducible.
  std::string today;

  // A rule parameter, else the shared setting of the same name, else `fallback`.
  std::string Param(const std::string& rule_id, const std::string& name,
                    const std::string& fallback) const;

  // Folders a walk skips unless `default_excludes` is off: other people's code.
  static bool DefaultExcludedFolder(std::string_view name);
  // `path` (as opened, relative to the working directory or absolute) matches `exclude`.
  bool Excluded(const std::string& path) const;
  // A finding of `rule_id` in `path` is dropped by `per_file_ignores`.
  bool IgnoredAt(const std::string& path, std::string_view rule_id) const;
  // `path` relative to `base_dir`, '/'-separated; "" when it lies outside it.
  std::string RelativeToBase(const std::string& path) const;
};

}  // namespace k8slint
