// Engine: lints a set of inputs with the enabled rules, in parallel over files, and
// returns findings in deterministic order whatever the number of workers.
#pragma once

#include <cstdint>
#include <array>
#include <memory>
#include <string>
#include <vector>

#include "linter/core/config.h"
#include "linter/engine/discovery.h"
#include "linter/core/filesystem.h"
#include "linter/core/finding.h"
#include "linter/core/registry.h"
#include "linter/core/source.h"
#include "linter/core/text_interner.h"
#include "linter/models/secrets/in_text.h"
#include "linter/models/secrets/scanner.h"

namespace k8slint {

class GitRepos;
namespace project {
class Project;
struct FileFacts;
class FileTable;
struct KeptSuppressions;
}  // namespace project

class Engine {
 public:
  // REQUIRES: `registry`, `config` and `git` (may be null) outlive the engine.
  Engine(const Registry& registry, const Config& config, const GitRepos* git = nullptr);

  // Lints discovered files, reading them through `fs` ("-" reads stdin). `known`, if not
  // null, receives the secrets found in files with findings, for the reports' Redactor.
  std::vector<Finding> Lint(const FileSystem& fs, const DiscoveryResult& inputs, int jobs,
                            std::vector<std::string>* known = nullptr) const;
  // Lints in-memory sources (tests, rule examples), without the rules' Dockerfile
  // prepare step: each file as Lint would lint it alone, from standard input.
  std::vector<Finding> LintSources(const std::vector<const SourceFile*>& sources) const;
  // Analyses the inputs like Lint and returns the linked project (`k8slint links`).
  std::unique_ptr<project::Project> BuildProject(const FileSystem& fs,
                                                 const DiscoveryResult& inputs, int jobs) const;
  // Finds secrets in any text with the run's detectors (for the reports' Redactor).
  const SecretFinder& finder() const { return finder_; }

 private:
  // `collect`: gather project facts and run the project rules after the files.
  std::vector<Finding> Run(const FileSystem& fs, const DiscoveryResult& inputs, int jobs,
                           bool collect, std::unique_ptr<project::Project>* keep,
                           std::vector<std::string>* known = nullptr) const;
  // The rules' prepare step over the run's Dockerfiles (Rule::PrepareDockerfiles).
  void PrepareDockerfiles(const FileSystem& fs, const DiscoveryResult& inputs, int jobs) const;
  // Runs analyzers and suppressions on one file; appends to `out`. `facts`, when not
  // null, receives the file's project facts, and `kept` its suppressions when project
  // findings may still be routed to it.
  void LintOne(const SourceFile& source, std::vector<Finding>* out,
               project::FileFacts* facts = nullptr, project::KeptSuppressions* kept = nullptr,
               std::vector<std::string>* known = nullptr, int threads = 1) const;
  // LintOne collecting the file's project facts: keeps them, and its suppressions, in
  // `facts` and `kept` at `index` when it has any (most files of a large tree have none).
  void LintCollecting(const SourceFile& source, uint32_t index, bool walked,
                      std::vector<Finding>* out, project::FileTable* facts,
                      std::vector<std::unique_ptr<project::KeptSuppressions>>* kept,
                      std::vector<std::string>* known, int threads) const;
  void Finish(std::vector<Finding>* findings) const;

  const Registry& registry_;
  const Config& config_;
  const GitRepos* git_;
  std::vector<const Rule*> enabled_;
  // Over every provider rule's detectors; patterns compile on first use, and the
  // workers share it.
  secrets::Scanner scanner_;
  // Finds secrets in the text of messages and paths, with the same detectors.
  secrets::TextSecretFinder finder_{scanner_};
  // The findings' messages of one run, held once each; cleared when the run ends.
  mutable TextInterner interner_;
  int32_t today_;                              // days since 1970-01-01, for suppression expiry
  std::array<bool, kInputKindCount> parse_{};  // by InputKind: some enabled rule reads that model
  // yaml::kKindsNoViewReads when no enabled rule sets reads_every_yaml_document.
  std::vector<std::string_view> unread_kinds_;
};

}  // namespace k8slint
