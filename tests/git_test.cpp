// GitRepo (linter/vcs/git.h) on real repositories made with the git command line: finding
// the work tree without libgit2, then ignore rules and the index through the lazily
// loaded libgit2.
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "linter/vcs/git.h"

namespace k8slint {
namespace {

namespace fs = std::filesystem;

struct Repo {
  Repo() {
    char tmpl[] = "/tmp/k8slint-git-test-XXXXXX";
    root = fs::canonical(::mkdtemp(tmpl)).string();
    Write(".gitignore", "ignored/\n*.secret\n");
    Write("app/.env", "A=1\n");
    Write("app/new.env", "A=1\n");
    Write("app/key.secret", "x\n");
    Write("ignored/deep/file.yaml", "a: 1\n");
    Git("init -q");
    Git("add .gitignore app/.env");
  }
  ~Repo() { fs::remove_all(root); }
  void Write(const std::string& rel, const std::string& text) const {
    fs::create_directories((fs::path(root) / rel).parent_path());
    std::ofstream(root + "/" + rel) << text;
  }
  void Git(const std::string& args) const {
    const std::string cmd = "git -C '" + root + "' " + args + " >/dev/null 2>&1";
    BOOST_REQUIRE_EQUAL(std::system(cmd.c_str()), 0);
  }
  std::string root;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(git)

BOOST_AUTO_TEST_CASE(finds_the_work_tree_from_a_nested_file_or_folder) {
  Repo r;
  for (const std::string& from :
       {r.root, r.root + "/app", r.root + "/app/.env", r.root + "/ignored/deep"}) {
    auto repo = GitRepo::Discover(from);
    BOOST_REQUIRE_MESSAGE(repo, from);
    BOOST_TEST(repo->workdir() == r.root + "/");
  }
}

BOOST_AUTO_TEST_CASE(nothing_outside_a_repository) {
  char tmpl[] = "/tmp/k8slint-git-none-XXXXXX";
  const std::string dir = ::mkdtemp(tmpl);
  BOOST_TEST(!GitRepo::Discover(dir));
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(a_git_file_marks_a_work_tree) {
  Repo r;
  // Worktrees and submodules have a `.git` file pointing at the real git folder.
  r.Write("sub/.git", "gitdir: " + r.root + "/.git\n");
  auto repo = GitRepo::Discover(r.root + "/sub");
  BOOST_REQUIRE(repo);
  BOOST_TEST(repo->workdir() == r.root + "/sub/");
}

BOOST_AUTO_TEST_CASE(ignore_rules_and_index_status) {
  Repo r;
  auto repo = GitRepo::Discover(r.root);
  BOOST_REQUIRE(repo);
  BOOST_TEST(repo->IsIgnored(r.root + "/ignored", true));
  BOOST_TEST(repo->IsIgnored(r.root + "/app/key.secret", false));
  BOOST_TEST(!repo->IsIgnored(r.root + "/app/new.env", false));
  BOOST_TEST(!repo->IsIgnored(r.root + "/app", true));
  BOOST_TEST((repo->StatusOf(r.root + "/app/.env") == VcsStatus::kTracked));
  BOOST_TEST((repo->StatusOf(r.root + "/app/new.env") == VcsStatus::kUntracked));
  BOOST_TEST((repo->StatusOf(r.root + "/app/key.secret") == VcsStatus::kIgnored));
  BOOST_TEST((repo->StatusOf("/elsewhere/.env") == VcsStatus::kNoRepository));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint
