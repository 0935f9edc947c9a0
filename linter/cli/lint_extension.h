// LintExtension: what a subcommand adds to the ordinary lint run (app.cpp's Lint), so
// that `k8slint chart` shares every lint option, the config file, baselines and the
// reporters instead of copying the run: extra inputs (possibly held in memory) and a
// pass over the findings before they are reported.
#pragma once

#include <string>
#include <vector>

#include "linter/engine/discovery.h"
#include "linter/core/filesystem.h"
#include "linter/core/finding.h"

namespace k8slint::cli {

class LintExtension {
 public:
  virtual ~LintExtension() = default;
  // After discovery, before linting. Must leave `inputs->files` sorted by path.
  virtual void AddInputs(DiscoveryResult* inputs) = 0;
  // The file system the engine reads through; `disk` outlives the run.
  virtual const FileSystem& Files(const FileSystem& disk) = 0;
  // On the engine's sorted findings; must leave them sorted (FindingLess).
  virtual void MapFindings(std::vector<Finding>* findings) = 0;
  // The text of a path findings are reported on that Files() does not serve (stdin's
  // `-`); false for any other path.
  virtual bool ReadReported(const std::string& /*path*/, std::string* /*text*/) const {
    return false;
  }
};

}  // namespace k8slint::cli
