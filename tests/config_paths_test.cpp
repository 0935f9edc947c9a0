// Config globs (gitignore-like, anchored at the config folder) and the upward search
// for .k8slint.yaml, which stops at the git work tree root.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "linter/core/glob.h"
#include "linter/config/load.h"

namespace k8slint::testing {
namespace {

namespace fs = std::filesystem;

struct GlobCase {
  std::string glob, path;
  bool match;
};
std::ostream& operator<<(std::ostream& o, const GlobCase& c) {
  return o << c.glob << " ~ " << c.path << " = " << c.match;
}

const std::vector<GlobCase> kGlobs = {
    {"*.md", "README.md", true},
    {"*.md", "docs/guide/x.md", true},
    {"vendor", "vendor", true},
    {"vendor", "a/vendor/b/c.yaml", true},  // a folder name anywhere, and below it
    {"vendor/", "a/vendor/b.yaml", true},
    {"vendor", "vendored/b.yaml", false},
    {"charts/*/values.yaml", "charts/web/values.yaml", true},
    {"charts/*/values.yaml", "charts/web/sub/values.yaml", false},  // * stays in one folder
    {"charts/*/values.yaml", "x/charts/web/values.yaml", false},    // anchored
    {"/charts", "charts/a.yaml", true},
    {"./charts", "charts/a.yaml", true},
    {"docs/**", "docs/a/b/c.md", true},
    {"docs/**/*.md", "docs/x.md", true},  // ** matches zero folders
    {"docs/**/*.md", "docs/a/b/x.md", true},
    {"docs/**/*.md", "docs/a/b/x.txt", false},
    {"**/tests/*.yaml", "a/b/tests/t.yaml", true},
    {"a/**/b/**/c", "a/x/b/y/z/c", true},
    {"a/**/b/**/c", "a/x/y/z/c", false},
    {"deploy/[ab].yaml", "deploy/a.yaml", true},
    {"deploy/[ab].yaml", "deploy/c.yaml", false},
    {"?.env", "x.env", true},
    {"?.env", "xy.env", false},
    {"", "a", false},
};

fs::path TempTree(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("k8slint-config-paths-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir / "repo/a/b");
  return dir;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(config_paths)

BOOST_DATA_TEST_CASE(glob, boost::unit_test::data::make(kGlobs), c) {
  BOOST_TEST(GlobMatchesPath(c.glob, c.path) == c.match);
}

BOOST_AUTO_TEST_CASE(many_double_stars_stay_cheap) {
  std::string glob, path;
  for (int i = 0; i < 200; ++i) glob += "**/";
  glob += "nomatch";
  for (int i = 0; i < 200; ++i) path += "d/";
  path += "file";
  BOOST_TEST(!GlobMatchesPath(glob, path));
}

BOOST_AUTO_TEST_CASE(found_in_the_start_folder_or_above) {
  const fs::path dir = TempTree("found");
  std::ofstream(dir / "repo/.k8slint.yaml") << "{}\n";
  BOOST_TEST(FindConfigFile((dir / "repo/a/b").string()).value_or("") ==
             (dir / "repo/.k8slint.yaml").string());
  BOOST_TEST(FindConfigFile((dir / "repo").string()).value_or("") ==
             (dir / "repo/.k8slint.yaml").string());
  std::ofstream(dir / "repo/a/.k8slint.yaml") << "{}\n";  // the nearest wins
  BOOST_TEST(FindConfigFile((dir / "repo/a/b").string()).value_or("") ==
             (dir / "repo/a/.k8slint.yaml").string());
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(stops_at_the_git_work_tree_root) {
  const fs::path dir = TempTree("git");
  std::ofstream(dir / ".k8slint.yaml") << "{}\n";  // outside the repository
  fs::create_directories(dir / "repo/.git");
  BOOST_TEST(!FindConfigFile((dir / "repo/a/b").string()).has_value());
  // A worktree or submodule has a .git file instead of a folder.
  fs::remove_all(dir / "repo/.git");
  std::ofstream(dir / "repo/a/.git") << "gitdir: elsewhere\n";
  BOOST_TEST(!FindConfigFile((dir / "repo/a/b").string()).has_value());
  std::ofstream(dir / "repo/a/.k8slint.yaml") << "{}\n";  // at the root itself: found
  BOOST_TEST(FindConfigFile((dir / "repo/a/b").string()).value_or("") ==
             (dir / "repo/a/.k8slint.yaml").string());
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(a_folder_named_like_the_file_is_not_a_config) {
  const fs::path dir = TempTree("folder");
  fs::create_directories(dir / "repo/.git");
  fs::create_directories(dir / "repo/a/.k8slint.yaml");
  BOOST_TEST(!FindConfigFile((dir / "repo/a/b").string()).has_value());
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
