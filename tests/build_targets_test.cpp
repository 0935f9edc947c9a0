// Build targets collected from text: which `--target` words name a stage, and which
// Dockerfile each names (collect_targets.cpp, for MS005).
#include <boost/test/unit_test.hpp>

#include "linter/project/collect.h"

namespace k8slint::project {
namespace {

std::vector<BuildTarget> Scan(const std::string& path, const std::string& text) {
  FileFacts facts;
  facts.path = path;
  CollectBuildTargets(path, text, &facts);
  const auto targets = facts.targets();
  return {targets.begin(), targets.end()};
}

std::string Show(const std::vector<BuildTarget>& targets) {
  std::string out;
  for (const BuildTarget& t : targets)
    out += t.target + "@" + (t.dockerfile.empty() ? "?" : t.dockerfile) + ":" +
           std::to_string(t.at.span.begin.line) + " ";
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(build_targets)

BOOST_AUTO_TEST_CASE(build_commands_name_their_dockerfile) {
  BOOST_TEST(Show(Scan("ci/test.sh", "set -e\ndocker build --target Test -t app:test ..\n")) ==
             "test@Dockerfile:2 ");
  BOOST_TEST(Show(Scan("build.ps1", "docker buildx build `\n  --target=lint `\n  -f "
                                    "services/api/Dockerfile .\n")) ==
             "lint@services/api/Dockerfile:1 ");
  BOOST_TEST(Show(Scan("Makefile", "test:\n\tpodman build --target unit --file=Dockerfile.ci "
                                   ".\n")) == "unit@Dockerfile.ci:2 ");
  BOOST_TEST(Show(Scan(".github/workflows/ci.yml",
                       "      - run: docker build --target e2e web\n")) == "e2e@web/Dockerfile:1 ");
  BOOST_TEST(Show(Scan("README.md", "Run `docker build --target debug .` first.\n")) ==
             "debug@Dockerfile:1 ");
}

BOOST_AUTO_TEST_CASE(unknown_dockerfile_counts_everywhere) {
  BOOST_TEST(Show(Scan("x.sh", "docker build --target test -f $DOCKERFILE .\n")) == "test@?:1 ");
  BOOST_TEST(Show(Scan("x.sh", "docker build --target test -\n")) == "test@?:1 ");
}

BOOST_AUTO_TEST_CASE(words_that_name_no_stage) {
  BOOST_TEST(Show(Scan("x.sh", "docker build --target \"$STAGE\" .\n")) == "");
  BOOST_TEST(Show(Scan("x.md", "docker build --target <stage> .\n")) == "");
  BOOST_TEST(Show(Scan("x.yml", "run: docker build --target ${{ matrix.target }} .\n")) == "");
  BOOST_TEST(Show(Scan("x.sh", "cargo build --release --target x86_64-unknown-linux-musl\n")) ==
             "");
  BOOST_TEST(Show(Scan("x.sh", "rustup target add wasm32-unknown-unknown --target x\n")) == "");
}

BOOST_AUTO_TEST_CASE(bake_files) {
  const std::string hcl =
      "target \"lint\" {\n  target = \"lint\"\n}\ntarget \"test\" {\n  target    = "
      "\"unit-test\"\n  dockerfile = \"Dockerfile\"\n}\n";
  BOOST_TEST(Show(Scan("docker-bake.hcl", hcl)) == "lint@?:2 unit-test@?:5 ");
  BOOST_TEST(Show(Scan("docker-bake.json",
                       "{\"target\": {\"test\": {\n  \"target\": \"test\"\n}}}\n")) == "test@?:2 ");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::project
