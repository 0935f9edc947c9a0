// Engine: lints a set of inputs with the enabled rules, in parallel over files, and
// returns findings in deterministic order whatever the number of workers.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "linter/config.h"
#include "linter/discovery.h"
#include "linter/filesystem.h"
#include "linter/finding.h"
#include "linter/registry.h"
#include "linter/source.h"

namespace k8slint {

class GitRepo;

class Engine {
 public:
  // REQUIRES: `registry`, `config` and `git` (may be null) outlive the engine.
  Engine(const Registry& registry, const Config& config, const GitRepo* git = nullptr);

  // Lints discovered files, reading them through `fs` ("-" reads stdin).
  std::vector<Finding> Lint(const FileSystem& fs, const DiscoveryResult& inputs, int jobs) const;
  // Lints in-memory sources (tests, rule examples).
  std::vector<Finding> LintSources(const std::vector<const SourceFile*>& sources) const;

 private:
  // Runs analyzers and suppressions on one file; appends to `out`.
  void LintOne(const SourceFile& source, std::vector<Finding>* out) const;
  void Finish(std::vector<Finding>* findings) const;

  const Registry& registry_;
  const Config& config_;
  const GitRepo* git_;
  std::vector<const Rule*> enabled_;
};

}  // namespace k8slint
