// Finding and reading the config file (.k8slint.yaml). See docs/configuration.md.
#pragma once

#include <optional>
#include <string>

#include "linter/core/config.h"
#include "linter/core/registry.h"
#include "linter/core/status.h"

namespace k8slint {

inline constexpr std::string_view kConfigFileName = ".k8slint.yaml";
// The other spelling, found as well (like .github's workflows, either extension works).
inline constexpr std::string_view kConfigFileNameYml = ".k8slint.yml";

// The nearest .k8slint.yaml (or .k8slint.yml) in `start_dir` or a folder above it. The
// search stops at the root of the git work tree (the folder holding `.git`) and at the
// filesystem root. With both in one folder it returns .k8slint.yaml (EffectiveConfig
// refuses that). REQUIRES: `start_dir` is absolute.
std::optional<std::string> FindConfigFile(const std::string& start_dir);

// Reads the config file `path` into `out`, on top of what `out` holds. Rule names are
// resolved against `catalogue` (any registry: only metadata is read). Errors are
// config errors naming `display_path` with line and column. `working_dir` is the
// absolute folder input paths are relative to.
Status LoadConfigFile(const std::string& path, const std::string& display_path,
                      const std::string& working_dir, const Registry& catalogue, Config* out);

// The same for text already in memory; `base_dir` anchors the file's relative paths.
Status ParseConfigText(const std::string& text, const std::string& display_path,
                       const std::string& base_dir, const std::string& working_dir,
                       const Registry& catalogue, Config* out);

}  // namespace k8slint
