// GitRepo: the facts k8slint needs from git (ignore rules and the index), via libgit2
// rather than a re-implementation of gitignore matching. Thread-safe.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "linter/vcs_status.h"

struct git_repository;  // libgit2

namespace k8slint {

class GitRepo {
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
  VcsStatus StatusOf(const std::string& path) const;

 private:
  GitRepo() = default;
  // Path relative to the work tree, or "" when outside it.
  std::string Relative(const std::string& path) const;

  ::git_repository* repo_ = nullptr;
  std::string workdir_;
  mutable std::mutex mu_;
};

}  // namespace k8slint
