// Inline suppressions: scopes, spellings, unknown targets.
#include <boost/test/unit_test.hpp>

#include "tests/test_support.h"

namespace k8slint::testing {

BOOST_AUTO_TEST_SUITE(suppress)

const char* kRoot = "FROM debian:12-slim\n%sUSER root%s\n";

std::vector<std::string> LintWith(const std::string& above, const std::string& trailing,
                                  const std::vector<std::string>& rules = {"NR002", "K8L003"}) {
  char buf[256];
  std::snprintf(buf, sizeof buf, kRoot, above.c_str(), trailing.c_str());
  return Summaries(LintText("Dockerfile", buf, rules));
}

BOOST_AUTO_TEST_CASE(spellings_that_suppress) {
  BOOST_TEST(LintWith("", "").size() == 1u);
  for (const char* above :
       {"# k8slint ignore=NR002\n", "# k8slint ignore=root-user\n",
        "# k8slint ignore=hadolint:DL3002\n", "# k8slint ignore=DL3002\n", "# k8slint ignore=NR\n",
        "# hadolint ignore=DL3002\n", "# k8slint ignore=MS001,NR002 -- needed for the init step\n",
        "# k8slint ignore=NR002\n\n# another comment\n"}) {
    BOOST_TEST_CONTEXT(above) { BOOST_TEST(LintWith(above, "").empty()); }
  }
}

BOOST_AUTO_TEST_CASE(scope_is_one_line) {
  // A pragma above FROM does not reach USER two lines down.
  auto found = Summaries(LintText(
      "Dockerfile", "# k8slint ignore=NR002\nFROM debian:12-slim\nUSER root\n", {"NR002"}));
  BOOST_REQUIRE_EQUAL(found.size(), 1u);
  BOOST_TEST(found[0] == "3:1 NR002");
  // Another rule's pragma does not suppress this one.
  BOOST_TEST(LintWith("# k8slint ignore=NR001\n", "").size() == 1u);
  // hadolint's pragma for a code k8slint has no alias for is silently ignored.
  BOOST_TEST(LintWith("# hadolint ignore=DL3008\n", "").size() == 1u);
}

BOOST_AUTO_TEST_CASE(unknown_targets_are_reported_with_their_column) {
  auto found = LintWith("# k8slint ignore=NR002,NR999\n", "");
  BOOST_REQUIRE_EQUAL(found.size(), 1u);
  BOOST_TEST(found[0] == "2:24 K8L003");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
