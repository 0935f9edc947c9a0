// Helpers shared by the unit tests: lint in-memory text with chosen rules.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "linter/core/config.h"
#include "linter/engine/discovery.h"
#include "linter/engine/engine.h"
#include "linter/core/filesystem.h"
#include "linter/core/registry.h"

namespace k8slint::testing {

// Lints `text` as if it were the file `path` (its kind comes from the name unless
// given), with only `rules` enabled (all stable rules when empty), in the default
// configuration; the engine for a rule list is built once per run.
std::vector<Finding> LintText(const std::string& path, const std::string& text,
                              const std::vector<std::string>& rules = {},
                              std::optional<InputKind> kind = std::nullopt);
// The same in `config` (with `rules` as its `only` when not empty), on a new engine.
std::vector<Finding> LintText(const std::string& path, const std::string& text,
                              const std::vector<std::string>& rules, std::optional<InputKind> kind,
                              Config config);

// Every rule of this build with the default configuration, built once.
const Registry& Catalogue();
// The rules `config` enables (a bad parameter fails the test).
std::unique_ptr<Registry> RegistryFor(const Config& config);

// A configuration with the registry and the engine built from it, kept together: the
// engine refers to both and findings point at the registry's rules.
struct Linter {
  Config config;
  std::unique_ptr<Registry> registry;
  std::unique_ptr<Engine> engine;
};
std::unique_ptr<Linter> MakeLinter(Config config);
// `folders` of `fs` discovered as a folder walk does (into `inputs`) and linted by `linter`
// on `jobs` workers.
std::vector<Finding> LintFolders(const Linter& linter, const FileSystem& fs,
                                 const std::vector<std::string>& folders, int jobs,
                                 DiscoveryResult* inputs);

// What `command` (run by /bin/sh) prints on stdout; empty when it cannot start.
std::string RunShell(const std::string& command);

// "line:col ID" for each finding, for compact assertions.
std::vector<std::string> Summaries(const std::vector<Finding>& findings);

}  // namespace k8slint::testing
