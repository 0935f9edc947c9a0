// Issue 13: documents of kinds no enabled rule reads (CustomResourceDefinitions) are not
// parsed into the tree, while everything that fires today still fires: the other
// documents keep their nodes and positions, K8L001/KM001/KM002 (which read every
// document) turn the skip off, a document that may hold a suppression is parsed, and
// the secrets scan still reads the skipped bytes.
#include <boost/test/unit_test.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "linter/core/source.h"
#include "linter/models/yaml/parallel.h"
#include "tests/secrets_test_tokens.h"
#include "tests/test_support.h"

namespace k8slint::testing {
namespace {

std::string Crd(const std::string& annotations, const std::string& description) {
  return "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n"
         "  name: certificates.cert-manager.io\n" +
         annotations +
         "spec:\n  group: cert-manager.io\n  names:\n    kind: Certificate\n"
         "    plural: certificates\n  scope: Namespaced\n  versions:\n  - name: v1\n"
         "    served: true\n    storage: true\n    schema:\n      openAPIV3Schema:\n"
         "        type: object\n        properties:\n          spec:\n"
         "            description: " +
         description + "\n            type: object\n";
}

const std::string kDeployment =
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cert-manager\nspec:\n"
    "  selector:\n    matchLabels: {app: cert-manager}\n  template:\n    metadata:\n"
    "      labels: {app: cert-manager}\n    spec:\n      containers:\n"
    "      - name: controller\n        image: quay.io/jetstack/cert-manager-controller:latest\n";

constexpr std::string_view kCrdKind[] = {"CustomResourceDefinition"};

BOOST_AUTO_TEST_SUITE(yaml_unread_kinds)

BOOST_AUTO_TEST_CASE(unread_documents_leave_the_tree_and_the_rest_keeps_its_positions) {
  const std::string text = Crd("", "Desired state.") + "---\n" + kDeployment + "---\n" +
                           Crd("", "Second schema.") + "---\n" + kDeployment;
  const SourceFile source("crds.yaml", InputKind::kManifest, text);
  std::vector<yaml::ParseError> errors;
  const auto all = yaml::Parse(source, &errors, 1);
  const auto some = yaml::Parse(source, &errors, 1, kCrdKind);
  BOOST_TEST(errors.empty());
  BOOST_TEST_REQUIRE(all->objects().size() == 4u);
  BOOST_TEST_REQUIRE(some->objects().size() == 2u);
  BOOST_TEST(some->objects()[0].first_line == all->objects()[1].first_line);
  BOOST_TEST(some->objects()[1].first_line == all->objects()[3].first_line);
  BOOST_TEST(some->pods()[1].containers[0].image.offset() ==
             all->pods()[1].containers[0].image.offset());
}

BOOST_AUTO_TEST_CASE(findings_are_those_of_a_full_parse) {
  const std::string text = Crd("", "Desired state.") + "---\n" + kDeployment;
  const std::vector<std::string> rules = {"KM003", "NR001", "PR001", "RS001"};
  const auto skipped = Summaries(LintText("crds.yaml", text, rules));
  std::vector<std::string> with_km001 = rules;
  with_km001.push_back("KM001");
  const auto full = Summaries(LintText("crds.yaml", text, with_km001));
  BOOST_TEST(!skipped.empty());
  BOOST_TEST(skipped == full, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_syntax_error_in_a_crd_still_fires_k8l001) {
  const std::string text = Crd("", "\"unclosed: [") + "---\n" + kDeployment;
  const auto findings = Summaries(LintText("crds.yaml", text, {"K8L001", "KM003"}));
  BOOST_TEST(findings.size() == 1u);
  BOOST_TEST(findings.front().ends_with("K8L001"));
}

BOOST_AUTO_TEST_CASE(secrets_in_skipped_documents_fire_and_their_annotations_still_apply) {
  const std::string token = "ghp_" + Random(kAlnum, 36, 7);
  const std::string plain = Crd("", token) + "---\n" + kDeployment;
  const auto fired = Summaries(LintText("crds.yaml", plain, {"SE003", "KM003"}));
  BOOST_TEST(fired.size() == 2u);
  const std::string annotated =
      Crd("  annotations:\n    ignore-check.k8slint.io/SE003: \"schema example\"\n", token) +
      "---\n" + kDeployment;
  const auto quiet = Summaries(LintText("crds.yaml", annotated, {"SE003", "KM003"}));
  BOOST_TEST(quiet.size() == 1u);
}

// What makes the skip safe is that no rule without reads_every_yaml_document looks at a
// CustomResourceDefinition: each such rule, alone (CRDs skipped) and next to K8L001
// (CRDs parsed), must report the same. A new rule that reads every object without the
// flag fails here. The stream is a chart's crds/ folder next to its workload, as
// cert-manager and prometheus-operator ship it.
BOOST_AUTO_TEST_CASE(no_rule_without_the_flag_reads_a_skipped_document) {
  const std::string labels =
      "  labels:\n    app.kubernetes.io/name: cert-manager\n    app.kubernetes.io/version: "
      "v1.14.4\n";
  const std::string text = Crd(labels, "Desired state of the Certificate resource.") + "---\n" +
                           kDeployment + "---\n" +
                           Crd("", "'image: nginx:latest, privileged: true, hostNetwork: "
                                   "true, password: hunter2hunter2'") +
                           "---\n" + Crd("  labels: [cert-manager, crds]\n", "Issuer.") +
                           "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: cert-manager\n"
                           "spec:\n  selector: {app: cert-manager}\n  ports:\n  - port: 9402\n"
                           "    targetPort: 9402\n";
  size_t compared = 0;
  for (const auto& rule : Catalogue().rules()) {
    const RuleMeta& meta = rule->meta();
    if (meta.reads_every_yaml_document || meta.id == "K8L001") continue;
    const auto alone = Summaries(LintText("crds.yaml", text, {std::string(meta.id)}));
    std::vector<std::string> beside;
    for (const std::string& s :
         Summaries(LintText("crds.yaml", text, {std::string(meta.id), "K8L001"})))
      if (!s.ends_with(" K8L001")) beside.push_back(s);
    BOOST_TEST(alone == beside, meta.id << " reads CustomResourceDefinitions: set "
                                           "reads_every_yaml_document in its RuleMeta");
    ++compared;
  }
  BOOST_TEST(compared > 150u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace k8slint::testing
