// --statistics: one line per rule that fired, most findings first, with the total.
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "linter/report/report.h"
#include "rules/registry.h"
#include "tests/test_support.h"

namespace k8slint::testing {
namespace {

const char* kRootDockerfile = "FROM python:3.12\n"  // NR001: no USER
                              "ENV API_TOKEN=Zq8rT2vLw9xKp4Ms\n"
                              "ENV DB_PASSWORD=Hj3kLq9zPw2xVb7N\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(statistics)

BOOST_AUTO_TEST_CASE(counts_findings_per_rule_most_first) {
  const std::vector<Finding> findings = LintText("Dockerfile", kRootDockerfile, {"NR001", "SE022"});
  BOOST_REQUIRE(findings.size() == 3u);
  std::unique_ptr<Registry> registry;
  BOOST_REQUIRE(BuildRegistry(Config{}, &registry).ok());
  report::ReportContext ctx{*registry, findings, 1};
  std::ostringstream text;
  report::WriteStatistics(text, ctx, false);
  BOOST_TEST(text.str() == "2  SE022  secret-named-literal  [warning]\n"
                           "1  NR001  missing-user  [warning]\n"
                           "3 findings in 2 rules\n");
  std::ostringstream json;
  report::WriteStatistics(json, ctx, true);
  BOOST_TEST(json.str().find("\"count\": 2") != std::string::npos);
  BOOST_TEST(json.str().find("\"ruleId\": \"SE022\"") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
