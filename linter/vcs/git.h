// GitRepo: the facts k8slint needs from git (ignore rules and the index), via libgit2
// rather than a re-implementation of gitignore matching. Thread-safe.
// Finding the work tree only looks for `.git` upward; libgit2 is loaded, initialised
// and the repository opened on the first question about ignore rules or the index,
// because loading it costs about 2.4 ms, git_libgit2_init parses every system CA
// certificate (about 5 ms more), and a pre-commit run on a Dockerfile needs neither.
#pragma once

#include <map>
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

// Every git work tree under the linted paths, each answering for its own files: a clone
// inside a folder that is not a repository, or a nested repository with its own `.git`,
// gets its own .gitignore and index rather than none or its parent's. Work trees are
// found per folder on first use and cached. Thread-safe.
class GitRepos final : public VcsLookup {
 public:
  // `first_path`: the first linted path; its work tree (if any) is primary().
  explicit GitRepos(const std::string& first_path);
  GitRepos(const GitRepos&) = delete;
  GitRepos& operator=(const GitRepos&) = delete;

  // The work tree holding the first linted path, or null outside any repository.
  const GitRepo* primary() const { return primary_; }
  // Asks the work tree that holds `path`: a folder's own `.git` makes it a work tree, but
  // whether the folder itself is ignored is its parent's repository's question.
  bool IsIgnored(const std::string& path, bool is_dir) const;
  VcsStatus StatusOf(const std::string& path) const override;

 private:
  const GitRepo* Owner(const std::string& folder) const;

  const GitRepo* primary_ = nullptr;
  mutable std::mutex mu_;
  mutable std::map<std::string, std::unique_ptr<GitRepo>> by_workdir_;
  mutable std::map<std::string, const GitRepo*> by_folder_;  // null: in no repository
};

}  // namespace k8slint
