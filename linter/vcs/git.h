// GitRepo: the facts k8slint needs from git (ignore rules and the index), via libgit2
// rather than a re-implementation of gitignore matching. Thread-safe.
// Finding the work tree only looks for `.git` upward; libgit2 is loaded, initialised
// and the repository opened on the first question about ignore rules or the index,
// because loading it costs about 2.4 ms, git_libgit2_init parses every system CA
// certificate (about 5 ms more), and a pre-commit run on a Dockerfile needs neither.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "linter/core/vcs_status.h"

struct git_repository;  // libgit2

namespace k8slint {

class GitRepo final : public VcsLookup {
 public:
  // The repository whose work tree contains `path`, or null outside any repository.
  static std::unique_ptr<GitRepo> Discover(const std::string& path);
  ~GitRepo();
  GitRepo(const GitRepo&) = delete;
  GitRepo& operator=(const GitRepo&) = delete;

  // Absolute path of the work tree, with a trailing slash.
  const std::string& workdir() const { return workdir_; }
  // `path` may be absolute or relative to the current directory.
  bool IsIgnored(const std::string& path, bool is_dir) const;
  VcsStatus StatusOf(const std::string& path) const override;

 private:
  GitRepo() = default;
  // Path relative to the work tree, or "" when outside it.
  std::string Relative(const std::string& path) const;
  // The libgit2 handle, opened on first use; null when it cannot be opened.
  // REQUIRES: mu_ held.
  ::git_repository* Repo() const;

  mutable ::git_repository* repo_ = nullptr;
  mutable bool opened_ = false;
  std::string workdir_;
  mutable std::mutex mu_;
};

}  // namespace k8slint
