#include "linter/git.h"

#include <git2.h>

#include <filesystem>

namespace k8slint {
namespace {

struct Libgit2 {
  Libgit2() { git_libgit2_init(); }
  ~Libgit2() { git_libgit2_shutdown(); }
};

void EnsureInit() { static Libgit2 init; }

}  // namespace

std::unique_ptr<GitRepo> GitRepo::Discover(const std::string& path) {
  EnsureInit();
  std::error_code ec;
  const std::string abs = std::filesystem::absolute(path, ec).string();
  git_repository* repo = nullptr;
  if (git_repository_open_ext(&repo, abs.c_str(), 0, nullptr) != 0) return nullptr;
  const char* workdir = git_repository_workdir(repo);
  if (!workdir) {  // bare repository
    git_repository_free(repo);
    return nullptr;
  }
  std::unique_ptr<GitRepo> out(new GitRepo());
  out->repo_ = repo;
  out->workdir_ = workdir;
  return out;
}

GitRepo::~GitRepo() {
  if (repo_) git_repository_free(repo_);
}

std::string GitRepo::Relative(const std::string& path) const {
  std::error_code ec;
  std::string abs = std::filesystem::absolute(path, ec).lexically_normal().string();
  if (abs.rfind(workdir_, 0) != 0) return "";
  return abs.substr(workdir_.size());
}

bool GitRepo::IsIgnored(const std::string& path, bool is_dir) const {
  std::string rel = Relative(path);
  if (rel.empty()) return false;
  if (is_dir && rel.back() != '/') rel += '/';
  std::lock_guard<std::mutex> lock(mu_);
  int ignored = 0;
  if (git_ignore_path_is_ignored(&ignored, repo_, rel.c_str()) != 0) return false;
  return ignored != 0;
}

VcsStatus GitRepo::StatusOf(const std::string& path) const {
  const std::string rel = Relative(path);
  if (rel.empty()) return VcsStatus::kNoRepository;
  {
    std::lock_guard<std::mutex> lock(mu_);
    git_index* index = nullptr;
    if (git_repository_index(&index, repo_) == 0) {
      const bool tracked = git_index_get_bypath(index, rel.c_str(), 0) != nullptr;
      git_index_free(index);
      if (tracked) return VcsStatus::kTracked;
    }
  }
  return IsIgnored(path, false) ? VcsStatus::kIgnored : VcsStatus::kUntracked;
}

}  // namespace k8slint
