// The engine skips parsing files whose model no enabled rule reads (a secrets-only run),
// but must still parse when a finding could be silenced by what only the model knows.
#include <boost/test/unit_test.hpp>

#include "tests/secrets_test_tokens.h"
#include "tests/test_support.h"

namespace k8slint::testing {
namespace {

std::string ConfigMap(const std::string& annotations, const std::string& token) {
  return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n" + annotations +
         "data:\n  GITHUB_TOKEN: " + token + "\n";
}

BOOST_AUTO_TEST_SUITE(engine_model_skip)

BOOST_AUTO_TEST_CASE(source_only_rules_still_fire_without_a_model) {
  const std::string token = "ghp_" + Random(kAlnum, 36, 7);
  const auto findings = LintText("deploy.yaml", ConfigMap("", token), {"SE003"});
  BOOST_TEST(Summaries(findings) == std::vector<std::string>{"6:17 SE003"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(annotation_suppression_applies_in_a_secrets_only_run) {
  const std::string token = "ghp_" + Random(kAlnum, 36, 7);
  const std::string annotated =
      ConfigMap("  annotations:\n    ignore-check.k8slint.io/SE003: \"test fixture\"\n", token);
  BOOST_TEST(LintText("deploy.yaml", annotated, {"SE003"}).empty());
}

BOOST_AUTO_TEST_CASE(per_container_annotation_applies_in_a_secrets_only_run) {
  const std::string token = "ghp_" + Random(kAlnum, 36, 7);
  const std::string pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n"
                          "    container.k8slint.io/web: SE003\nspec:\n  containers:\n"
                          "    - name: web\n      image: nginx:1.27\n      env:\n"
                          "        - name: GITHUB_TOKEN\n          value: " +
                          token + "\n";
  BOOST_TEST(LintText("pod.yaml", pod, {"SE003"}).empty());
}

BOOST_AUTO_TEST_CASE(stage_scope_applies_in_a_secrets_only_run) {
  const std::string token = "ghp_" + Random(kAlnum, 36, 7);
  const std::string dockerfile = "FROM alpine:3.20 AS build\n# k8slint ignore-stage=SE003\n"
                                 "FROM alpine:3.20\nENV GITHUB_TOKEN=" +
                                 token + "\nUSER 10001\n";
  BOOST_TEST(LintText("Dockerfile", dockerfile, {"SE003"}).empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace k8slint::testing
