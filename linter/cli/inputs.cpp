#include "linter/cli/inputs.h"
#include "linter/cli/output.h"
#include "rules/registry.h"

#include <algorithm>
#include <iostream>
#include <thread>

namespace k8slint::cli {

bool PrepareInputs(const Config& config, std::vector<std::string> paths,
                   std::optional<InputKind> forced, RunInputs* out, bool cwd_when_empty) {
  if (Status s = BuildRegistry(config, &out->registry); !s.ok()) {
    Error(s.message());
    return false;
  }
  const bool none = paths.empty() && !cwd_when_empty;
  if (paths.empty()) paths = {"."};
  out->git = std::make_unique<GitRepos>(paths.front() == "-" ? "." : paths.front());
  if (none) return true;  // standard input only
  if (Status s = Discover(out->disk, out->git.get(), paths, forced, config, &out->inputs);
      !s.ok()) {
    Error(s.message());
    return false;
  }
  return true;
}

int JobsOrCores(int requested) {
  return requested > 0 ? requested
                       : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

}  // namespace k8slint::cli
