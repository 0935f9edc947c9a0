// The project model: linking conventions, the config's image mapping and external
// objects, suppressions of cross-file findings, and fact collection only on demand.
#include <cstdint>
#include <boost/test/unit_test.hpp>

#include "linter/engine/discovery.h"
#include "linter/engine/engine.h"
#include "linter/project/project.h"
#include "linter/core/registry.h"
#include "rules/registry.h"

namespace k8slint::testing {
namespace {

const char* kDeploy = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: IMAGE
          ports:
            - containerPort: 8080
)";

std::string Deployment(const std::string& image) {
  std::string s = kDeploy;
  s.replace(s.find("IMAGE"), 5, image);
  return s;
}

struct Run {
  std::unique_ptr<Registry> registry;
  std::vector<Finding> findings;
  std::unique_ptr<project::Project> project;
};

Run Lint(const MemoryFileSystem& fs, Config config, const std::vector<std::string>& rules) {
  Run run;
  config.only = rules;
  BOOST_REQUIRE(BuildRegistry(config, &run.registry).ok());
  DiscoveryResult inputs;
  BOOST_REQUIRE(Discover(fs, nullptr, {"repo"}, std::nullopt, config, &inputs).ok());
  Engine engine(*run.registry, config);
  run.findings = engine.Lint(fs, inputs, 2);
  run.project = engine.BuildProject(fs, inputs, 1);
  return run;
}

size_t Count(const Run& run, std::string_view id) {
  size_t n = 0;
  for (const Finding& f : run.findings) n += f.rule->meta().id == id;
  return n;
}

const project::ContainerFact& OnlyContainer(const project::Project& p) {
  const project::ContainerFact* found = nullptr;
  p.ForEachContainer(
      [&](const auto&, const auto&, const project::ContainerFact& c) { found = &c; });
  BOOST_REQUIRE(found);
  return *found;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(project_model)

BOOST_AUTO_TEST_CASE(config_mapping_links_what_conventions_cannot) {
  MemoryFileSystem fs;
  fs.Add("repo/services/payments-v2/Dockerfile", "FROM python:3.12\nUSER 10001\nEXPOSE 8000\n");
  fs.Add("repo/deploy/api.yaml", Deployment("ghcr.io/acme/billing:1.0.0"));
  Run plain = Lint(fs, {}, {"PT020"});
  BOOST_TEST(Count(plain, "PT020") == 0u);
  BOOST_TEST(OnlyContainer(*plain.project).dockerfile == project::kNone);
  BOOST_REQUIRE_EQUAL(plain.project->unlinked().size(), 1u);
  BOOST_TEST(plain.project->unlinked()[0].reason == "no Dockerfile matches");

  Config config;
  // Stored relative to the repository; inputs carry the longer "repo/" prefix.
  config.image_dockerfiles["ghcr.io/acme/billing"] = "services/payments-v2/Dockerfile";
  Run mapped = Lint(fs, config, {"PT020"});
  BOOST_TEST(Count(mapped, "PT020") == 1u);
  BOOST_TEST(OnlyContainer(*mapped.project).via == "config images: ghcr.io/acme/billing");
  BOOST_REQUIRE(!mapped.findings.empty());
  BOOST_REQUIRE_EQUAL(mapped.findings[0].related.size(), 1u);
  BOOST_TEST(mapped.findings[0].related[0].path == "repo/services/payments-v2/Dockerfile");
  BOOST_TEST(mapped.findings[0].related[0].span.begin.line == 3u);

  config.image_dockerfiles["ghcr.io/acme/billing"] = "services/missing/Dockerfile";
  Run missing = Lint(fs, config, {"PT020"});
  BOOST_REQUIRE_EQUAL(missing.project->unlinked().size(), 1u);
  BOOST_TEST(missing.project->unlinked()[0].reason.find("not among the inputs") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(prefixed_names_and_nearest_dockerfile) {
  MemoryFileSystem fs;
  fs.Add("repo/shop/api/Dockerfile", "FROM python:3.12\nEXPOSE 8000\n");
  fs.Add("repo/shop/deploy.yaml", Deployment("shop-api:1.0.0"));  // folder above: "shop"
  fs.Add("repo/blog/api/Dockerfile", "FROM python:3.12\nEXPOSE 8000\n");
  fs.Add("repo/blog/deploy.yaml", Deployment("api:2.0.0"));  // two api/: the nearer wins
  Run run = Lint(fs, {}, {"PT020"});
  std::map<std::string, std::string> linked;
  run.project->ForEachContainer(
      [&](const project::FileFacts& f, const auto&, const project::ContainerFact& c) {
        linked[f.path] =
            c.dockerfile < 0 ? "" : run.project->file(static_cast<uint32_t>(c.dockerfile)).path;
      });
  BOOST_TEST(linked["repo/shop/deploy.yaml"] == "repo/shop/api/Dockerfile");
  BOOST_TEST(linked["repo/blog/deploy.yaml"] == "repo/blog/api/Dockerfile");
  BOOST_TEST(Count(run, "PT020") == 2u);

  MemoryFileSystem tie;
  tie.Add("repo/a/api/Dockerfile", "FROM python:3.12\n");
  tie.Add("repo/b/api/Dockerfile", "FROM python:3.12\n");
  tie.Add("repo/deploy.yaml", Deployment("api:1.0.0"));
  Run ambiguous = Lint(tie, {}, {"PT020"});
  BOOST_REQUIRE_EQUAL(ambiguous.project->unlinked().size(), 1u);
  BOOST_TEST(ambiguous.project->unlinked()[0].reason.find("ambiguous") == 0u);
}

BOOST_AUTO_TEST_CASE(external_objects_silence_undefined_references) {
  MemoryFileSystem fs;
  std::string deploy = Deployment("ghcr.io/acme/api:1.0.0");
  deploy += "          envFrom:\n            - configMapRef:\n                name: api-keys\n";
  // An undefined Secret is expected (secrets live outside the repository): never counted.
  deploy += "            - secretRef:\n                name: api-tokens\n";
  fs.Add("repo/deploy.yaml", deploy);
  BOOST_TEST(Count(Lint(fs, {}, {"KM020"}), "KM020") == 1u);
  Config config;
  config.external_objects = {"ConfigMap/api-keys"};
  BOOST_TEST(Count(Lint(fs, config, {"KM020"}), "KM020") == 0u);
  config.external_objects = {"Secret/api-keys"};  // the kind must match
  BOOST_TEST(Count(Lint(fs, config, {"KM020"}), "KM020") == 1u);
}

BOOST_AUTO_TEST_CASE(suppressions_in_the_target_file_apply) {
  MemoryFileSystem fs;
  fs.Add("repo/api/Dockerfile", "FROM python:3.12\nUSER 10001\nEXPOSE 8000\n");
  std::string deploy = Deployment("api:1.0.0");
  deploy.replace(
      deploy.find("            - containerPort"), 0,
      "            # k8slint ignore=expose-container-port-mismatch -- migrating to 8080\n");
  fs.Add("repo/deploy.yaml", deploy);
  Run run = Lint(fs, {}, {"PT020", "K8L006"});
  BOOST_TEST(Count(run, "PT020") == 0u);
  BOOST_TEST(Count(run, "K8L006") == 0u);  // used by a project finding: not unused

  MemoryFileSystem unused;
  unused.Add("repo/api/Dockerfile", "FROM python:3.12\nUSER 10001\nEXPOSE 8080\n");
  unused.Add("repo/deploy.yaml", deploy);
  BOOST_TEST(Count(Lint(unused, {}, {"PT020", "K8L006"}), "K8L006") == 1u);
}

BOOST_AUTO_TEST_CASE(facts_are_collected_only_for_project_rules) {
  MemoryFileSystem fs;
  fs.Add("repo/api/Dockerfile", "FROM python:3.12\nEXPOSE 8000\n");
  fs.Add("repo/deploy.yaml", Deployment("api:1.0.0"));
  Config config;
  config.only = std::vector<std::string>{"NR001"};
  std::unique_ptr<Registry> registry;
  BOOST_REQUIRE(BuildRegistry(config, &registry).ok());
  std::vector<const Rule*> enabled = registry->EnabledRules();
  for (const Rule* r : enabled) BOOST_TEST(!r->checks_project());
  BOOST_TEST(registry->Resolve("PT020").front()->checks_project());
}

// The label and name indexes (sorted vectors, project.h): a selector finds every workload
// whose pod labels match each of its pairs (a templated label value matches any), names
// find every object so named in a compatible namespace, both in input order.
BOOST_AUTO_TEST_CASE(selectors_and_names_find_their_objects_in_input_order) {
  const auto deployment = [](const std::string& name, const std::string& labels) {
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: " + name +
           "}\nspec:\n  template:\n    metadata:\n      labels: " + labels +
           "\n    spec:\n      containers: [{name: c, image: x}]\n";
  };
  const auto object = [](const std::string& kind, const std::string& meta,
                         const std::string& spec) {
    return "---\napiVersion: v1\nkind: " + kind + "\nmetadata: " + meta + "\n" + spec;
  };
  MemoryFileSystem fs;
  fs.Add("repo/a.yaml", deployment("one", "{app: api, tier: back}") + "---\n" +
                            deployment("two", "{app: web}") +
                            object("ConfigMap", "{name: cfg}", "data: {k: v}\n") +
                            object("Service", "{name: svc}", "spec: {selector: {app: api}}\n"));
  fs.Add("repo/b.yaml", deployment("three", "{app: \"{{ .Values.name }}\", tier: back}") +
                            object("ConfigMap", "{name: cfg, namespace: other}", "data: {k: v}\n") +
                            object("Secret", "{name: cfg}", "data: {k: dg==}\n") +
                            object("Service", "{name: svc, namespace: other}",
                                   "spec: {selector: {app: api, tier: back}}\n"));
  const Run run = Lint(fs, {}, {"PT002"});
  const project::Project& p = *run.project;
  std::vector<const project::ServiceFact*> services = p.FindServices("svc", "");
  BOOST_REQUIRE_EQUAL(services.size(), 2u);
  BOOST_TEST(services[1]->ns == "other");
  BOOST_TEST(p.FindServices("svc", "apps").size() == 1u);
  BOOST_TEST(p.FindServices("sv", "").empty());
  for (const project::ServiceFact* s : services) {
    std::string names;
    for (const project::WorkloadRef& r : p.Selected(*s)) names += p.workload(r).name + " ";
    BOOST_TEST(names == "one three ");
  }
  BOOST_TEST(p.FindConfig(false, "cfg", "").size() == 2u);
  BOOST_TEST(p.FindConfig(false, "cfg", "apps").size() == 1u);
  BOOST_TEST(p.FindConfig(true, "cfg", "").size() == 1u);
  BOOST_TEST(p.FindConfig(true, "cf", "").empty());
}

BOOST_AUTO_TEST_CASE(odd_inputs_do_not_break_linking) {
  MemoryFileSystem fs;
  fs.Add("repo/Dockerfile", "");  // no stage at all
  fs.Add("repo/x/Dockerfile", "FROM scratch\nUSER\nEXPOSE abc 99999999999 -1 80/udp\n");
  fs.Add("repo/chart/Chart.yaml", "- not a map\n");
  fs.Add("repo/chart/values.yaml", "image: [1, 2]\nservice: {port: [80]}\n");
  fs.Add("repo/deploy.yaml",
         Deployment("\"\"") + "---\n" + Deployment("x@sha256:abc") +
             "---\napiVersion: v1\nkind: Service\nmetadata: {name: s}\n"
             "spec: {selector: {app: api}, ports: [{port: 80, targetPort: {a: 1}}]}\n");
  fs.Add("repo/.env.example", "PORT=99999999\nexport\n=\n");
  fs.Add("repo/README.md", "```powershell\ndocker build -t\ndocker build . -t x:1 -f\n```\n");
  Config config;
  std::unique_ptr<Registry> registry;
  BOOST_REQUIRE(BuildRegistry(config, &registry).ok());
  DiscoveryResult inputs;
  BOOST_REQUIRE(Discover(fs, nullptr, {"repo"}, std::nullopt, config, &inputs).ok());
  Engine engine(*registry, config);
  const std::vector<Finding> findings = engine.Lint(fs, inputs, 2);
  BOOST_TEST(!findings.empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
