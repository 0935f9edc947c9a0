// Discovery: turns the command line's paths into the list of files to lint, with
// their kinds. Walks folders (skipping .git/, gitignored paths and excluded globs),
// never follows symbolic links to folders (so link loops cannot hang it), and
// returns files sorted by path so that output order never depends on the walk.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/filesystem.h"
#include "linter/vcs/git.h"
#include "linter/core/kind.h"
#include "linter/core/shared_path.h"
#include "linter/core/status.h"

namespace k8slint {

struct InputFile {
  SharedPath path;  // as opened; "-" for stdin. Shared by the file's findings and facts.
  InputKind kind = InputKind::kText;
  bool explicit_path = false;  // named on the command line rather than found by a walk
  uint64_t size = 0;
  bool patch = false;  // listed as a patch by a kustomization.yaml among the inputs
};

// Something discovery could not lint, reported as a K8L finding on `path`.
struct DiscoveryNotice {
  std::string path;
  std::string rule_id;  // K8L002 unreadable-file or K8L004 skipped-file
  std::string message;
};

struct DiscoveryResult {
  std::vector<InputFile> files;
  std::vector<DiscoveryNotice> notices;
};

// REQUIRES: `git` may be null (no ignore rules). A missing explicit path is an I/O
// error (exit 2); everything else becomes a file or a notice.
Status Discover(const FileSystem& fs, const GitRepos* git, const std::vector<std::string>& paths,
                std::optional<InputKind> forced_kind, const Config& config, DiscoveryResult* out);

// "./a//b/" -> "a/b"; keeps leading "../" and absolute paths.
std::string NormalizePath(const std::string& path);

}  // namespace k8slint
