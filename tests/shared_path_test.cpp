// Issue 13, item 5: a run keeps one copy of each input's path, shared by discovery, the
// project facts, every finding and every related location about the file, and keeps
// fingerprints as numbers written as 16 hex digits only in reports. These tests fail
// when a copy of the path creeps back in, or when the written form changes (baselines
// and code scanning match fingerprints by their text).
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "linter/core/filesystem.h"
#include "linter/core/finding.h"
#include "linter/core/hash.h"
#include "linter/core/registry.h"
#include "linter/core/shared_path.h"
#include "linter/core/sparse_vector.h"
#include "linter/engine/discovery.h"
#include "linter/engine/engine.h"
#include "rules/registry.h"
#include "tests/test_support.h"

namespace k8slint::testing {
namespace {

BOOST_AUTO_TEST_SUITE(shared_path)

BOOST_AUTO_TEST_CASE(copies_share_one_string_and_compare_as_text) {
  const SharedPath a("deploy/app.yaml");
  const SharedPath b = a;
  const SharedPath c(std::string("deploy/app.yaml"));
  BOOST_TEST(a.SharesWith(b));
  BOOST_TEST(!a.SharesWith(c));
  BOOST_TEST(&a.str() == &b.str());
  BOOST_TEST((a == c));
  BOOST_TEST((a == std::string("deploy/app.yaml")));
  BOOST_TEST((a == std::string_view("deploy/app.yaml")));
  BOOST_TEST((a == "deploy/app.yaml"));
  BOOST_TEST((a != "deploy/app.yml"));
  BOOST_TEST((SharedPath("a/b") < SharedPath("a/c")));
  BOOST_TEST((SharedPath("a/b") < std::string("a/c")));
  BOOST_TEST(std::hash<SharedPath>()(a) == std::hash<std::string>()("deploy/app.yaml"));
  BOOST_TEST(a + ":3" == "deploy/app.yaml:3");
  BOOST_TEST("./" + a == "./deploy/app.yaml");
  BOOST_TEST(SharedPath().empty());
  BOOST_TEST(SharedPath("").empty());
  BOOST_TEST(SharedPath().str() == "");
  SharedPath d = b;
  d = "other";  // rebinds d only
  BOOST_TEST(a == "deploy/app.yaml");
  BOOST_TEST(d == "other");
}

BOOST_AUTO_TEST_CASE(workers_copy_and_drop_copies_of_one_path) {
  const SharedPath path("services/api/chart/templates/deployment.yaml");
  std::vector<std::thread> workers;
  for (int t = 0; t < 4; ++t)
    workers.emplace_back([&] {
      std::vector<SharedPath> held;
      for (int i = 0; i < 20000; ++i) {
        held.push_back(path);
        if (held.size() > 64) held.clear();
      }
    });
  for (std::thread& w : workers) w.join();
  BOOST_TEST(path == "services/api/chart/templates/deployment.yaml");
}

// A folder walk through the engine, with a single-file rule firing twice in one file and
// a project rule (KM021) reporting related locations in another.
BOOST_AUTO_TEST_CASE(findings_and_related_locations_share_the_discovered_path) {
  MemoryFileSystem repo;
  repo.Add("repo/.env.example", "DATABASE_URL=\nOPENAI_API_KEY=\nLOG_LEVEL=debug\n");
  repo.Add("repo/deploy/app.yaml",
           "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n"
           "  template:\n    spec:\n      containers:\n        - name: app\n"
           "          image: nginx:latest\n          env:\n            - name: DATABASE_URL\n"
           "              value: x\n        - name: side\n          image: busybox:latest\n");
  Config config;
  config.only = std::vector<std::string>{"KM021", "KM003"};
  const auto linter = MakeLinter(config);
  DiscoveryResult inputs;
  const std::vector<Finding> found = LintFolders(*linter, repo, {"repo"}, 2, &inputs);
  const auto input = [&](const std::string& path) -> const SharedPath& {
    for (const InputFile& in : inputs.files)
      if (in.path == path) return in.path;
    BOOST_FAIL("no input " + path);
    return inputs.files.front().path;
  };
  size_t manifest = 0, related = 0;
  bool km021 = false;
  for (const Finding& f : found) {
    BOOST_TEST_CONTEXT(f.path << ": " << f.message) {
      BOOST_TEST(f.path.SharesWith(input(f.path)));
      for (const RelatedLocation& r : f.related) {
        BOOST_TEST(r.path.SharesWith(input(r.path)));
        ++related;
      }
    }
    if (f.path == "repo/deploy/app.yaml") ++manifest;
    km021 = km021 || f.rule->meta().id == "KM021";
  }
  BOOST_TEST(manifest >= 2u);  // :latest twice
  BOOST_TEST(km021);
  BOOST_TEST(related >= 1u);
}

// A large run keeps every finding until the report (17,000 at the benchmark's scale 1000):
// its path and its interned message are shared, its fingerprints are numbers, its related
// locations a pointer while there are none.
static_assert(sizeof(void*) != 8 || sizeof(Finding) == 88, "Finding grew");

BOOST_AUTO_TEST_CASE(a_sparse_vector_holds_nothing_while_empty) {
  SparseVector<RelatedLocation> v;
  BOOST_TEST(v.empty());
  BOOST_TEST((v.begin() == v.end()));
  v = std::vector<RelatedLocation>{};
  BOOST_TEST(v.empty());
  v = std::vector<RelatedLocation>{{"a.yaml", Span::At(2, 1), "m"}};
  BOOST_TEST(v.size() == 1u);
  SparseVector<RelatedLocation> copy = v;  // a deep copy sharing the path only
  copy.push_back({"b.yaml", Span::At(3, 1), ""});
  BOOST_TEST(v.size() == 1u);
  BOOST_TEST(copy.size() == 2u);
  BOOST_TEST(copy[0].path.SharesWith(v[0].path));
  BOOST_TEST(&copy[0] != &v[0]);
  v.clear();
  BOOST_TEST(v.empty());
  BOOST_TEST(copy.back().path == "b.yaml");
}

BOOST_AUTO_TEST_CASE(a_fingerprint_is_written_as_16_hex_digits) {
  BOOST_TEST(FingerprintText(std::nullopt) == "");
  BOOST_TEST(FingerprintText(uint64_t{0}) == "0000000000000000");
  BOOST_TEST(FingerprintText(uint64_t{0x00ab0000000000cdull}) == "00ab0000000000cd");
  BOOST_TEST(FingerprintText(~uint64_t{0}) == "ffffffffffffffff");
  // Every finding's text reads back as its number, leading zeros included.
  for (const Finding& f : LintText(".env", "A=1\nPASSWORD=hunter2hunter2\nB=2\n")) {
    BOOST_REQUIRE(f.fingerprint.has_value());
    const std::string text = FingerprintText(f.fingerprint);
    BOOST_TEST(text.size() == 16u);
    BOOST_TEST(std::stoull(text, nullptr, 16) == *f.fingerprint);
    BOOST_TEST(text == HexHash(*f.fingerprint));
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace k8slint::testing
