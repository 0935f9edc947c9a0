#include "linter/vcs/git.h"

#include <dlfcn.h>
#include <git2.h>

#include <filesystem>
#include <iostream>

namespace k8slint {
namespace {

// libgit2 is loaded with dlopen on first use rather than linked: loading it and the
// libraries it needs (TLS, SSH, Kerberos) costs about 2.4 ms per process, half of a
// pre-commit run's budget, and most runs never ask git anything.
#define K8SLINT_GIT_FUNCTIONS(X) \
  X(git_libgit2_init)            \
  X(git_libgit2_shutdown)        \
  X(git_repository_open_ext)     \
  X(git_repository_free)         \
  X(git_repository_index)        \
  X(git_index_get_bypath)        \
  X(git_index_free)              \
  X(git_ignore_path_is_ignored)

struct Libgit2 {
// The X-macro argument is a function name, used as a declarator: no parentheses.
#define K8SLINT_GIT_FN(name) \
  decltype(&::name) name = nullptr;  // NOLINT(bugprone-macro-parentheses)
  K8SLINT_GIT_FUNCTIONS(K8SLINT_GIT_FN)
#undef K8SLINT_GIT_FN
  void* handle = nullptr;

  Libgit2() {
    handle = ::dlopen(K8SLINT_LIBGIT2_SONAME, RTLD_NOW | RTLD_LOCAL);
    bool ok = handle != nullptr;
    // NOLINTBEGIN(bugprone-macro-parentheses): `name` is assigned to, not an expression.
#define K8SLINT_GIT_FN(name) \
  ok = ok && (name = reinterpret_cast<decltype(name)>(::dlsym(handle, #name))) != nullptr;
    K8SLINT_GIT_FUNCTIONS(K8SLINT_GIT_FN)
    // NOLINTEND(bugprone-macro-parentheses)
#undef K8SLINT_GIT_FN
    if (!ok) {
      std::cerr << "k8slint: warning: cannot load " << K8SLINT_LIBGIT2_SONAME
                << ", so .gitignore and the git index are not consulted\n";
      handle = nullptr;
      return;
    }
    git_libgit2_init();
  }
  ~Libgit2() {
    if (handle) git_libgit2_shutdown();
  }
};

// Null when libgit2 cannot be loaded.
const Libgit2* Git() {
  static const Libgit2 lib;
  return lib.handle ? &lib : nullptr;
}

// The folder holding `.git` (a folder, or a file for worktrees and submodules) at or
// above `path`, as libgit2 would find it: symbolic links resolved, no GIT_DIR.
std::string FindWorkTree(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = fs::canonical(fs::absolute(path, ec), ec);
  if (ec) return "";
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  for (;; dir = dir.parent_path()) {
    const fs::file_status st = fs::status(dir / ".git", ec);
    if (fs::is_directory(st) || fs::is_regular_file(st)) return dir.string();
    if (dir == dir.root_path() || dir.empty()) return "";
  }
}

}  // namespace

std::unique_ptr<GitRepo> GitRepo::Discover(const std::string& path) {
  const std::string workdir = FindWorkTree(path);
  if (workdir.empty()) return nullptr;
  std::unique_ptr<GitRepo> out(new GitRepo());
  out->workdir_ = workdir.back() == '/' ? workdir : workdir + "/";
  return out;
}

git_repository* GitRepo::Repo() const {
  if (!opened_) {
    opened_ = true;
    const Libgit2* git = Git();
    if (!git || git->git_repository_open_ext(&repo_, workdir_.c_str(),
                                             GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0)
      repo_ = nullptr;
  }
  return repo_;
}

GitRepo::~GitRepo() {
  if (repo_) Git()->git_repository_free(repo_);
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
  if (!Repo() || Git()->git_ignore_path_is_ignored(&ignored, repo_, rel.c_str()) != 0) return false;
  return ignored != 0;
}

VcsStatus GitRepo::StatusOf(const std::string& path) const {
  const std::string rel = Relative(path);
  if (rel.empty()) return VcsStatus::kNoRepository;
  {
    std::lock_guard<std::mutex> lock(mu_);
    git_index* index = nullptr;
    if (!Repo()) return VcsStatus::kNoRepository;
    const Libgit2* git = Git();
    if (git->git_repository_index(&index, repo_) == 0) {
      const bool tracked = git->git_index_get_bypath(index, rel.c_str(), 0) != nullptr;
      git->git_index_free(index);
      if (tracked) return VcsStatus::kTracked;
    }
  }
  return IsIgnored(path, false) ? VcsStatus::kIgnored : VcsStatus::kUntracked;
}

}  // namespace k8slint

namespace k8slint {

GitRepos::GitRepos(const std::string& first_path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  primary_ = Owner(fs::is_directory(first_path, ec) ? first_path
                                                    : fs::path(first_path).parent_path().string());
}

const GitRepo* GitRepos::Owner(const std::string& folder) const {
  std::lock_guard<std::mutex> lock(mu_);
  const std::string key = folder.empty() ? "." : folder;
  if (auto it = by_folder_.find(key); it != by_folder_.end()) return it->second;
  const GitRepo* owner = nullptr;
  if (std::unique_ptr<GitRepo> repo = GitRepo::Discover(key)) {
    std::unique_ptr<GitRepo>& slot = by_workdir_[repo->workdir()];
    if (!slot) slot = std::move(repo);
    owner = slot.get();
  }
  by_folder_[key] = owner;
  return owner;
}

bool GitRepos::IsIgnored(const std::string& path, bool is_dir) const {
  std::string p = path;
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  const GitRepo* repo = Owner(std::filesystem::path(p).parent_path().string());
  return repo && repo->IsIgnored(path, is_dir);
}

VcsStatus GitRepos::StatusOf(const std::string& path) const {
  const GitRepo* repo = Owner(std::filesystem::path(path).parent_path().string());
  return repo ? repo->StatusOf(path) : VcsStatus::kNoRepository;
}

}  // namespace k8slint
