// The YAML document model: positions, documents, objects, pod-spec views, Services,
// Ingresses, values and Chart views, type problems, and bad input.
#include <cstdint>
#include <boost/test/unit_test.hpp>

#include "linter/models/yaml/model.h"
#include "tests/test_support.h"

namespace k8slint::yaml {
namespace {

struct Parsed {
  std::unique_ptr<SourceFile> source;
  std::unique_ptr<File> file;
  std::vector<ParseError> errors;
};

Parsed ParseText(const std::string& text, InputKind kind = InputKind::kManifest,
                 const std::string& path = "deploy.yaml") {
  Parsed p;
  p.source = std::make_unique<SourceFile>(path, kind, text);
  p.file = Parse(*p.source, &p.errors);
  return p;
}

std::string Pos(Position p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

const char kDeployment[] = "# Source: web/templates/deployment.yaml\n"                    // 1
                           "apiVersion: apps/v1\n"                                        // 2
                           "kind: Deployment\n"                                           // 3
                           "metadata:\n"                                                  // 4
                           "  name: web\n"                                                // 5
                           "  labels: {app: web}\n"                                       // 6
                           "spec:\n"                                                      // 7
                           "  template:\n"                                                // 8
                           "    metadata:\n"                                              // 9
                           "      labels:\n"                                              // 10
                           "        app: web\n"                                           // 11
                           "    spec:\n"                                                  // 12
                           "      securityContext: {runAsNonRoot: true}\n"                // 13
                           "      initContainers:\n"                                      // 14
                           "      - name: init\n"                                         // 15
                           "        image: busybox\n"                                     // 16
                           "      containers:\n"                                          // 17
                           "      - name: app\n"                                          // 18
                           "        image: \"ghcr.io/acme/web:1.2@sha256:abc\"\n"         // 19
                           "        ports:\n"                                             // 20
                           "        - {name: http, containerPort: 8080}\n"                // 21
                           "        - containerPort: 9090\n"                              // 22
                           "          protocol: UDP\n"                                    // 23
                           "        livenessProbe:\n"                                     // 24
                           "          httpGet: {path: /healthz, port: http}\n"            // 25
                           "        resources:\n"                                         // 26
                           "          requests: {cpu: 100m, memory: 64Mi}\n"              // 27
                           "        env:\n"                                               // 28
                           "        - name: DB\n"                                         // 29
                           "          valueFrom: {secretKeyRef: {name: db, key: url}}\n"  // 30
                           "        envFrom:\n"                                           // 31
                           "        - configMapRef: {name: cfg}\n";                       // 32

}  // namespace

BOOST_AUTO_TEST_SUITE(yaml_model)

BOOST_AUTO_TEST_CASE(positions_are_one_based_code_points) {
  auto p = ParseText("a: 1\nbé: \"ü\"\nc:\n  - x\n  - y: z\nd:\ne: [1, 2]\n", InputKind::kManifest);
  BOOST_REQUIRE(p.errors.empty());
  const Node root = p.file->tree().root(0);
  BOOST_TEST(Pos(root.GetKey("a").position()) == "1:1");
  BOOST_TEST(Pos(root.Get("a").position()) == "1:4");
  BOOST_TEST(Pos(root.Get("bé").position()) == "2:5");  // é is one column
  BOOST_TEST(root.Get("bé").quoted());
  BOOST_TEST(root.Get("bé").span().end.column == 7u);
  BOOST_TEST(Pos(root.Get("c").Item(0).position()) == "4:5");
  BOOST_TEST(Pos(root.Get("c").Item(1).GetKey("y").position()) == "5:5");
  // A null value points at its key, not at the next token.
  BOOST_TEST(root.Get("d").IsNull());
  BOOST_TEST(Pos(root.Get("d").position()) == "6:1");
  BOOST_TEST(Pos(root.Get("e").Item(1).position()) == "7:8");
  BOOST_TEST(!root.Get("missing").valid());
  BOOST_TEST(root.Get("missing").position().line == 0u);
}

BOOST_AUTO_TEST_CASE(crlf_and_bom_keep_columns) {
  auto p = ParseText("\xEF\xBB\xBFk: v\r\nlong: value\r\n");
  BOOST_REQUIRE(p.errors.empty());
  const Node root = p.file->tree().root(0);
  BOOST_TEST(Pos(root.Get("k").position()) == "1:4");
  BOOST_TEST(Pos(root.Get("long").position()) == "2:7");
  BOOST_TEST(root.Get("long").scalar() == "value");
}

BOOST_AUTO_TEST_CASE(scalars_read_as_types) {
  auto p = ParseText("a: 8080\nb: \"8080\"\nc: yes\nd: 'true'\ne: 0x1F\nf: 1.5\ng: !!str 3\n");
  const Node r = p.file->tree().root(0);
  BOOST_TEST(*r.Get("a").AsInt() == 8080);
  BOOST_TEST(!r.Get("b").AsInt());
  BOOST_TEST(r.Get("c").IsTrue());
  BOOST_TEST(!r.Get("d").AsBool());
  BOOST_TEST(*r.Get("e").AsInt() == 31);
  BOOST_TEST(!r.Get("f").AsInt());
  BOOST_TEST(r.Get("g").quoted());
  BOOST_TEST(r.Get("b").TypeName() == "a string");
  BOOST_TEST(r.Get("a").TypeName() == "a number");
}

BOOST_AUTO_TEST_CASE(merge_keys_and_aliases_are_shared) {
  auto p = ParseText("base: &b {cpu: 1, memory: 2}\nx:\n  <<: *b\n  cpu: 3\ny: *b\n");
  BOOST_REQUIRE(p.errors.empty());
  const Node r = p.file->tree().root(0);
  BOOST_TEST(r.At({"x", "cpu"}).scalar() == "3");     // explicit key wins
  BOOST_TEST(r.At({"x", "memory"}).scalar() == "2");  // merged
  BOOST_TEST(r.Get("y").id() == r.Get("base").id());  // alias = the same node
}

BOOST_AUTO_TEST_CASE(documents_lines_and_source_comments) {
  auto p = ParseText(
      "---\n# Source: c/templates/a.yaml\napiVersion: v1\nkind: ConfigMap\n"
      "metadata: {name: a}\ndata: {k1: v, k2: v}\n"
      "---\n# Source: c/templates/empty.yaml\n"
      "---\n# Source: c/templates/b.yaml\napiVersion: v1\nkind: Service\nmetadata: {name: b}\n");
  BOOST_REQUIRE(p.errors.empty());
  const auto& docs = p.file->documents();
  BOOST_REQUIRE_EQUAL(docs.size(), 3u);
  BOOST_TEST(docs[0].source_template == "c/templates/a.yaml");
  BOOST_TEST(docs[0].first_line == 1u);
  BOOST_TEST(docs[0].last_line == 6u);
  BOOST_TEST(docs[1].source_template == "c/templates/empty.yaml");
  BOOST_TEST(docs[2].source_template == "c/templates/b.yaml");
  BOOST_TEST(docs[2].first_line == 9u);
  BOOST_REQUIRE_EQUAL(p.file->objects().size(), 2u);
  BOOST_TEST(p.file->objects()[0].data_keys.size() == 2u);
  BOOST_TEST(WithTemplate(p.file->objects()[1], "m") == "m (from template c/templates/b.yaml)");
  BOOST_TEST(p.file->problems().empty());
}

BOOST_AUTO_TEST_CASE(first_document_source_comment_above_it) {
  auto p = ParseText(kDeployment);
  BOOST_TEST(p.file->documents()[0].source_template == "web/templates/deployment.yaml");
}

BOOST_AUTO_TEST_CASE(pod_spec_view_of_a_deployment) {
  auto p = ParseText(kDeployment);
  BOOST_REQUIRE(p.errors.empty());
  BOOST_TEST(p.file->problems().empty());
  BOOST_REQUIRE_EQUAL(p.file->pods().size(), 1u);
  const PodSpec& pod = p.file->pods()[0];
  BOOST_TEST(pod.owner->Describe() == "Deployment/web");
  BOOST_TEST(pod.long_running);
  BOOST_TEST(pod.security_context.Get("runAsNonRoot").IsTrue());
  BOOST_TEST(pod.labels.Get("app").scalar() == "web");
  BOOST_REQUIRE_EQUAL(pod.containers.size(), 2u);
  const Container& app = pod.containers[0];  // containers first, then init
  BOOST_TEST((app.role == ContainerRole::kContainer));
  BOOST_TEST((pod.containers[1].role == ContainerRole::kInit));
  BOOST_TEST(app.image_ref.registry == "ghcr.io");
  BOOST_TEST(app.image_ref.tag == "1.2");
  BOOST_TEST(app.image_ref.digest == "sha256:abc");
  BOOST_TEST(Pos(app.image.position()) == "19:16");
  BOOST_REQUIRE_EQUAL(app.ports.size(), 2u);
  BOOST_TEST(app.ports[0].number == 8080);
  BOOST_TEST(app.ports[1].protocol == "UDP");
  BOOST_TEST(app.liveness.present());
  BOOST_TEST(app.liveness.handler == "httpGet");
  BOOST_TEST(app.FindPort(app.liveness.port) == &app.ports[0]);
  BOOST_TEST(!app.readiness.present());
  BOOST_TEST(app.requests.Get("cpu").scalar() == "100m");
  BOOST_TEST(!app.limits.valid());
  BOOST_REQUIRE_EQUAL(app.env.size(), 1u);
  BOOST_TEST(app.env[0].ref_kind == "secretKeyRef");
  BOOST_TEST(app.env[0].ref_key.scalar() == "url");
  BOOST_REQUIRE_EQUAL(app.env_from.size(), 1u);
  BOOST_TEST(app.env_from[0].ref_name.scalar() == "cfg");
  BOOST_TEST(Pos(app.where()) == "18:9");
}

BOOST_AUTO_TEST_CASE(every_workload_kind_has_a_pod_spec) {
  const std::string containers = "      containers: [{name: c, image: x}]\n";
  const std::string tmpl = "spec:\n  template:\n    spec:\n" + containers;
  std::string text;
  for (const char* kind :
       {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job"})
    text += std::string("---\napiVersion: v1\nkind: ") + kind + "\nmetadata: {name: x}\n" + tmpl;
  text += "---\napiVersion: batch/v1\nkind: CronJob\nspec:\n  jobTemplate:\n    spec:\n"
          "      template:\n        spec:\n          containers: [{name: c}]\n";
  text +=
      "---\napiVersion: v1\nkind: Pod\nspec:\n  restartPolicy: Never\n  containers: [{name: c}]\n"
      "  ephemeralContainers: [{name: debug}]\n";
  auto p = ParseText(text);
  BOOST_REQUIRE(p.errors.empty());
  BOOST_TEST(p.file->problems().empty());
  BOOST_REQUIRE_EQUAL(p.file->pods().size(), 8u);
  BOOST_TEST(p.file->pods()[0].long_running);
  BOOST_TEST(!p.file->pods()[5].long_running);  // Job
  BOOST_TEST(p.file->pods()[6].batch);          // CronJob
  BOOST_TEST(!p.file->pods()[7].long_running);  // Pod, restartPolicy Never
  BOOST_TEST((p.file->pods()[7].containers[1].role == ContainerRole::kEphemeral));
}

BOOST_AUTO_TEST_CASE(list_kinds_unpack_items) {
  auto p =
      ParseText("apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  "
                "metadata: {name: a}\n"
                "  spec: {selector: {app: a}, ports: [{port: 80, targetPort: http}]}\n"
                "- apiVersion: v1\n  kind: Pod\n  metadata: {name: p, labels: {app: a}}\n"
                "  spec: {containers: [{name: c, ports: [{name: http, containerPort: 80}]}]}\n");
  BOOST_REQUIRE(p.errors.empty());
  BOOST_REQUIRE_EQUAL(p.file->objects().size(), 3u);
  BOOST_TEST(p.file->objects()[1].first_line == 4u);
  BOOST_TEST(p.file->objects()[1].last_line == 7u);
  BOOST_TEST(p.file->objects()[2].first_line == 8u);
  BOOST_REQUIRE_EQUAL(p.file->services().size(), 1u);
  const Service& s = p.file->services()[0];
  BOOST_TEST(s.type_text() == "ClusterIP");
  BOOST_TEST(s.ports[0].target_port.scalar() == "http");
  const auto selected = p.file->Selected(s.selector, *s.owner);
  BOOST_REQUIRE_EQUAL(selected.size(), 1u);
  BOOST_TEST(selected[0]->owner->name_text() == "p");
  BOOST_TEST(p.file->FindService("a", *s.owner) == &s);
}

BOOST_AUTO_TEST_CASE(ingress_backends_v1_and_v1beta1) {
  auto p = ParseText("apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i}\nspec:\n"
                     "  defaultBackend: {service: {name: d, port: {number: 80}}}\n"
                     "  rules:\n  - http:\n      paths:\n      - backend: {service: {name: web, "
                     "port: {name: http}}}\n"
                     "---\napiVersion: extensions/v1beta1\nkind: Ingress\nspec:\n  backend: "
                     "{serviceName: old, servicePort: 8080}\n");
  BOOST_REQUIRE_EQUAL(p.file->ingresses().size(), 2u);
  const auto& b = p.file->ingresses()[0].backends;
  BOOST_REQUIRE_EQUAL(b.size(), 2u);
  BOOST_TEST(b[0].service_name.scalar() == "d");
  BOOST_TEST(*b[0].port.AsInt() == 80);
  BOOST_TEST(b[1].port.scalar() == "http");
  BOOST_TEST(p.file->ingresses()[1].backends[0].service_name.scalar() == "old");
}

BOOST_AUTO_TEST_CASE(wrong_types_become_problems) {
  auto p = ParseText(
      "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n"
      "    ports: {containerPort: 80}\n    securityContext: []\n  - just-a-string\n"
      "  - name: d\n    ports: [{containerPort: \"80\"}]\n");
  BOOST_REQUIRE(p.errors.empty());
  std::vector<std::string> got;
  for (const Problem& pr : p.file->problems()) got.push_back(Pos(pr.span.begin) + " " + pr.message);
  BOOST_TEST_REQUIRE(got.size() == 4u);
  BOOST_TEST(got[0] == "7:12 spec.containers[].ports must be a list, not a map");
  BOOST_TEST(got[1] == "8:22 spec.containers[].securityContext must be a map, not a list");
  BOOST_TEST(got[2] == "9:5 spec.containers[] must be a map, not a string");
  BOOST_TEST(got[3] == "11:29 containerPort must be a number, not the string \"80\"");
  BOOST_TEST(p.file->pods()[0].containers.size() == 2u);  // the string item is skipped
}

BOOST_AUTO_TEST_CASE(missing_api_version_only_in_kubernetes_files) {
  auto k8s = ParseText("apiVersion: v1\nkind: ConfigMap\n---\nmetadata: {name: x}\n---\n- a\n");
  BOOST_TEST(k8s.file->is_kubernetes());
  BOOST_REQUIRE_EQUAL(k8s.file->problems().size(), 2u);
  BOOST_TEST(k8s.file->problems()[0].message.find("no apiVersion and kind") != std::string::npos);
  BOOST_TEST(k8s.file->problems()[1].message.find("a list") != std::string::npos);
  auto workflow = ParseText("name: ci\non: [push]\njobs: {build: {runs-on: ubuntu-latest}}\n");
  BOOST_TEST(!workflow.file->is_kubernetes());
  BOOST_TEST(workflow.file->objects().empty());
  BOOST_TEST(workflow.file->problems().empty());
}

BOOST_AUTO_TEST_CASE(values_scaffold_view) {
  auto p = ParseText(
      "replicaCount: 1\nimage:\n  repository: nginx\n  pullPolicy: IfNotPresent\n  tag: \"\"\n"
      "podSecurityContext: {}\nsecurityContext: {}\nservice:\n  type: ClusterIP\n  port: 80\n"
      "resources: {}\n",
      InputKind::kValues, "chart/values.yaml");
  const Values* v = p.file->values();
  BOOST_REQUIRE(v);
  BOOST_TEST(v->image_repository.scalar() == "nginx");
  BOOST_TEST(v->image_tag.scalar() == "");
  BOOST_TEST(v->image_tag.quoted());
  BOOST_TEST(v->security_context.IsEmpty());
  BOOST_TEST(v->resources.IsEmpty());
  BOOST_TEST(Pos(v->resources.position()) == "11:12");
  BOOST_TEST(*v->service_port.AsInt() == 80);
  BOOST_TEST(!v->liveness_probe.valid());
  BOOST_TEST(p.file->objects().empty());
}

BOOST_AUTO_TEST_CASE(values_component_scopes) {
  auto p = ParseText("frontend:\n  image: {repository: fe, tag: latest}\n  resources: {}\n"
                     "config:\n  url: x\nbackend:\n  securityContext: {}\n",
                     InputKind::kValues, "chart/values.yaml");
  const auto& scopes = p.file->value_scopes();
  BOOST_REQUIRE_EQUAL(scopes.size(), 3u);
  BOOST_TEST(scopes[0].prefix == "");
  BOOST_TEST(scopes[1].prefix == "frontend.");
  BOOST_TEST(scopes[1].image_tag.scalar() == "latest");
  BOOST_TEST(scopes[2].prefix == "backend.");
  BOOST_TEST(scopes[2].security_context.IsEmpty());
}

BOOST_AUTO_TEST_CASE(chart_view) {
  auto p = ParseText("apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: \"1.16.0\"\n",
                     InputKind::kChart, "chart/Chart.yaml");
  const Chart* c = p.file->chart();
  BOOST_REQUIRE(c);
  BOOST_TEST(c->api_version.scalar() == "v2");
  BOOST_TEST(c->app_version.scalar() == "1.16.0");
}

// Issue 13: N Deployments and N Services in one file, each Service selecting its own
// Deployment (plus a label they all share) and an Ingress naming it. Matching every
// selector against every pod was N^2 lookups; indexed, doubling N at most doubles them.
uint64_t SelectorLookups(size_t n) {
  std::string text;
  for (size_t i = 0; i < n; ++i) {
    const std::string app = "app-" + std::to_string(i);
    text += "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + app +
            "\nspec:\n  selector:\n    matchLabels:\n      app: " + app +
            "\n  template:\n    metadata:\n      labels:\n        app: " + app +
            "\n        tier: web\n    spec:\n      containers:\n        - name: c\n"
            "          image: nginx:1.27\n---\n";
    text += "apiVersion: v1\nkind: Service\nmetadata:\n  name: " + app +
            "\nspec:\n  selector:\n    tier: web\n    app: " + app +
            "\n  ports:\n    - port: 80\n---\n";
  }
  Parsed p = ParseText(text);
  BOOST_REQUIRE(p.file->services().size() == n);
  for (const Service& s : p.file->services()) {
    const std::vector<const PodSpec*> pods = p.file->Selected(s.selector, *s.owner);
    BOOST_REQUIRE(pods.size() == 1u);
    BOOST_TEST(pods[0]->owner->name_text() == s.owner->name_text());
    BOOST_TEST(p.file->FindService(s.owner->name_text(), *s.owner) == &s);
  }
  return p.file->lookups();
}

BOOST_AUTO_TEST_CASE(selector_and_service_lookups_grow_linearly_with_the_file) {
  const uint64_t small = SelectorLookups(200);
  const uint64_t large = SelectorLookups(400);
  BOOST_TEST_INFO("lookups " << small << " -> " << large);
  BOOST_TEST(large <= small * 2 + 10);
}

BOOST_AUTO_TEST_CASE(indexed_selectors_keep_templated_and_controller_labels) {
  Parsed p = ParseText(
      "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  template:\n"
      "    metadata:\n      labels:\n        app: \"{{ .Release.Name }}\"\n    spec:\n"
      "      containers:\n        - name: c\n          image: postgres:16\n---\n"
      "apiVersion: v1\nkind: Service\nmetadata:\n  name: any\nspec:\n  selector:\n"
      "    app: db\n---\n"
      "apiVersion: v1\nkind: Service\nmetadata:\n  name: replica\nspec:\n  selector:\n"
      "    statefulset.kubernetes.io/pod-name: db-0\n---\n"
      "apiVersion: v1\nkind: Service\nmetadata:\n  name: none\nspec:\n  selector:\n"
      "    app: db\n    tier: [web]\n");
  BOOST_REQUIRE(p.file->services().size() == 3u);
  const auto& svc = p.file->services();
  BOOST_TEST(p.file->Selected(svc[0].selector, *svc[0].owner).size() == 1u);  // templated
  BOOST_TEST(p.file->Selected(svc[1].selector, *svc[1].owner).size() == 1u);  // controller
  BOOST_TEST(p.file->Selected(svc[2].selector, *svc[2].owner).empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::yaml
