// Issue 13, item 5: a large run holds one copy of each distinct finding message and
// related-location message (TextInterner). These tests fail when equal messages stop
// sharing their text, or when a message outlives or loses its interner wrongly.
#include <boost/test/unit_test.hpp>

#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "linter/core/filesystem.h"
#include "linter/core/finding.h"
#include "linter/core/registry.h"
#include "linter/core/text_interner.h"
#include "linter/engine/discovery.h"
#include "linter/engine/engine.h"
#include "rules/registry.h"
#include "tests/test_support.h"

namespace k8slint::testing {
namespace {

BOOST_AUTO_TEST_SUITE(text_interner)

BOOST_AUTO_TEST_CASE(equal_texts_share_one_copy_and_outlive_the_interner) {
  SharedText kept;
  {
    TextInterner interner;
    const SharedText a = interner.Intern(std::string("KEY is not received either"));
    const SharedText b = interner.Intern(SharedText(std::string("KEY is not received either")));
    const SharedText c = interner.Intern(std::string("OTHER is not received either"));
    BOOST_TEST(a.SharesWith(b));
    BOOST_TEST(!a.SharesWith(c));
    BOOST_TEST(interner.Intern(std::string()).empty());
    kept = a;
    interner.Clear();
    // After Clear the same text is held anew; what was handed out stays valid.
    BOOST_TEST(!interner.Intern(std::string("KEY is not received either")).SharesWith(kept));
  }
  BOOST_TEST(kept == "KEY is not received either");
  BOOST_TEST(InternText(nullptr, "as it is") == "as it is");
}

BOOST_AUTO_TEST_CASE(workers_interning_together_get_one_copy) {
  TextInterner interner;
  std::vector<std::vector<SharedText>> got(4);
  std::vector<std::thread> workers;
  for (size_t t = 0; t < got.size(); ++t)
    workers.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i)
        got[t].push_back(interner.Intern("message " + std::to_string(i % 50)));
    });
  for (std::thread& w : workers) w.join();
  for (const auto& texts : got)
    for (size_t i = 0; i < texts.size(); ++i) BOOST_TEST(texts[i].SharesWith(got[0][i % 50]));
}

// Two Deployments in two files, each with the same unpinned image, and a template .env
// whose keys no workload receives: equal messages and related messages are one copy
// across files, workers and the project phase.
BOOST_AUTO_TEST_CASE(a_run_holds_each_distinct_message_once) {
  MemoryFileSystem repo;
  const std::string deployment =
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n"
      "  template:\n    spec:\n      containers:\n        - name: app\n"
      "          image: nginx:latest\n";
  repo.Add("repo/a/app.yaml", deployment);
  repo.Add("repo/b/app.yaml", deployment);
  repo.Add("repo/a/.env.example", "DATABASE_URL=\nOPENAI_API_KEY=\nLOG_LEVEL=\n");
  repo.Add("repo/b/.env.example", "DATABASE_URL=\nOPENAI_API_KEY=\nLOG_LEVEL=\n");
  Config config;
  config.only = std::vector<std::string>{"KM021", "KM003"};
  const auto linter = MakeLinter(config);
  DiscoveryResult inputs;
  const std::vector<Finding> found = LintFolders(*linter, repo, {"repo"}, 2, &inputs);
  std::vector<const Finding*> latest, unused;
  for (const Finding& f : found) (f.rule->meta().id == "KM003" ? latest : unused).push_back(&f);
  BOOST_REQUIRE(latest.size() == 2u);
  BOOST_TEST(latest[0]->path != latest[1]->path);
  BOOST_TEST(latest[0]->message.SharesWith(latest[1]->message));
  BOOST_REQUIRE(unused.size() == 2u);
  BOOST_REQUIRE(unused[0]->related.size() == 2u);
  BOOST_REQUIRE(unused[1]->related.size() == 2u);
  BOOST_TEST(unused[0]->related[0].message.SharesWith(unused[1]->related[0].message));
  BOOST_TEST(!unused[0]->related[0].message.SharesWith(unused[0]->related[1].message));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace k8slint::testing
