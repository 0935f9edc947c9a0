// Where a file stands with git, for rules about committed files.
#pragma once

#include <string>

namespace k8slint {

enum class VcsStatus {
  kNoRepository,  // not inside a git work tree (or not asked)
  kTracked,       // in the index (committed or staged)
  kIgnored,       // untracked and matched by .gitignore
  kUntracked,     // untracked and not ignored: `git add .` would commit it
};

// Answers VcsStatus questions; implemented by linter/vcs (libgit2), so that core does
// not depend on git.
class VcsLookup {
 public:
  virtual ~VcsLookup() = default;
  // `path` may be absolute or relative to the current directory.
  virtual VcsStatus StatusOf(const std::string& path) const = 0;
};

}  // namespace k8slint
