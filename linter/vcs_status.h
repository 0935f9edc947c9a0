// Where a file stands with git, for rules about committed files.
#pragma once

namespace k8slint {

enum class VcsStatus {
  kNoRepository,  // not inside a git work tree (or not asked)
  kTracked,       // in the index (committed or staged)
  kIgnored,       // untracked and matched by .gitignore
  kUntracked,     // untracked and not ignored: `git add .` would commit it
};

}  // namespace k8slint
