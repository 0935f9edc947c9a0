// What every command that lints or links files sets up the same way: the rules of the
// effective configuration, the git repository of the first path, and the discovered
// inputs.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "linter/core/config.h"
#include "linter/engine/discovery.h"
#include "linter/core/filesystem.h"
#include "linter/vcs/git.h"
#include "linter/core/registry.h"

namespace k8slint::cli {

struct RunInputs {
  std::unique_ptr<Registry> registry;
  std::unique_ptr<GitRepos> git;
  DiskFileSystem disk;
  DiscoveryResult inputs;
};

// Builds `out` for `paths` ("." when empty and `cwd_when_empty`; "-" is stdin). On a
// configuration or I/O error, prints it on stderr and returns false (the caller exits 2).
bool PrepareInputs(const Config& config, std::vector<std::string> paths,
                   std::optional<InputKind> forced, RunInputs* out, bool cwd_when_empty = true);

// `requested` workers, or one per core when not positive.
int JobsOrCores(int requested);

}  // namespace k8slint::cli
