// Discovery over an in-memory tree: kinds, chart layout, excludes, order, errors.
#include <boost/test/unit_test.hpp>

#include "linter/engine/discovery.h"

namespace k8slint {
namespace {

struct Tree {
  Tree() {
    fs.Add("repo/frontend/Dockerfile", "FROM node:20\n");
    fs.Add("repo/backend/api.Dockerfile", "FROM python\n");
    fs.Add("repo/backend/Dockerfile.dev", "FROM python\n");
    fs.Add("repo/chart/Chart.yaml", "apiVersion: v2\n");
    fs.Add("repo/chart/values.yaml", "image: {}\n");
    fs.Add("repo/chart/values-prod.yaml", "image: {}\n");
    fs.Add("repo/chart/templates/deployment.yaml", "kind: {{ .Values.kind }}\n");
    fs.Add("repo/chart/templates/sub/svc.yml", "x\n");
    fs.Add("repo/deploy/values.yaml", "apiVersion: v1\nkind: ConfigMap\n");
    fs.Add("repo/.env", "A=1\n");
    fs.Add("repo/.env.example", "A=\n");
    fs.Add("repo/prod.env", "A=1\n");
    fs.Add("repo/scripts/deploy.ps1", "Write-Host hi\n");
    fs.Add("repo/README.md", "# hi\n");
    fs.Add("repo/Makefile", "all:\n");
    fs.Add("repo/.git/config", "[core]\n");
  }
  MemoryFileSystem fs;
};

std::string KindOf(const DiscoveryResult& r, const std::string& path) {
  for (const InputFile& f : r.files)
    if (f.path == path) return std::string(KindName(f.kind));
  return "missing";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(discovery)

BOOST_AUTO_TEST_CASE(templates_and_patches_of_a_kind_are_text_with_one_note) {
  MemoryFileSystem fs;
  fs.Add("app/Dockerfile.tmpl", "FROM {{ .Base }}\n");
  fs.Add("app/Dockerfile.patch", "--- a/Dockerfile\n");
  fs.Add("app/Dockerfile.alpine", "FROM alpine:3.20\n");  // a Dockerfile variant
  fs.Add("app/deploy/web.yaml.j2", "name: {{ app }}\n");
  fs.Add("app/.env.template", "A=\n");              // an example env file
  fs.Add("app/0001-fix.patch", "--- a/main.go\n");  // a patch of no kind we lint
  Config config;
  DiscoveryResult r;
  BOOST_REQUIRE(Discover(fs, nullptr, {"app"}, std::nullopt, config, &r).ok());
  BOOST_TEST(KindOf(r, "app/Dockerfile.tmpl") == "text");
  BOOST_TEST(KindOf(r, "app/Dockerfile.patch") == "text");
  BOOST_TEST(KindOf(r, "app/deploy/web.yaml.j2") == "text");
  BOOST_TEST(KindOf(r, "app/Dockerfile.alpine") == "dockerfile");
  BOOST_TEST(KindOf(r, "app/.env.template") == "env");
  BOOST_TEST(KindOf(r, "app/0001-fix.patch") == "text");
  std::vector<std::string> noted;
  for (const DiscoveryNotice& n : r.notices) noted.push_back(n.path + " " + n.rule_id);
  BOOST_TEST(noted == (std::vector<std::string>{"app/Dockerfile.patch K8L004",
                                                "app/Dockerfile.tmpl K8L004",
                                                "app/deploy/web.yaml.j2 K8L004"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(files_a_kustomization_lists_as_patches_are_marked) {
  MemoryFileSystem fs;
  fs.Add("k/base/deploy.yaml", "kind: Deployment\n");
  fs.Add("k/overlays/prod/kustomization.yaml",
         "resources: [../../base]\n"
         "patches:\n- path: replicas.yaml\n- patch: |-\n    - op: remove\n"
         "patchesStrategicMerge:\n- ../common/labels.yaml\n"
         "patchesJson6902:\n- path: json.yaml\n  target: {kind: Deployment, name: web}\n");
  fs.Add("k/overlays/prod/replicas.yaml", "kind: Deployment\n");
  fs.Add("k/overlays/prod/json.yaml", "- op: add\n");
  fs.Add("k/overlays/common/labels.yaml", "kind: Deployment\n");
  Config config;
  DiscoveryResult r;
  BOOST_REQUIRE(Discover(fs, nullptr, {"k"}, std::nullopt, config, &r).ok());
  std::vector<std::string> patches;
  for (const InputFile& f : r.files)
    if (f.patch) patches.push_back(f.path);
  BOOST_TEST(patches == (std::vector<std::string>{"k/overlays/common/labels.yaml",
                                                  "k/overlays/prod/json.yaml",
                                                  "k/overlays/prod/replicas.yaml"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(walk_skips_installed_dependencies_unless_named) {
  MemoryFileSystem fs;
  fs.Add("app/Dockerfile", "FROM node:20\n");
  fs.Add("app/node_modules/left-pad/Dockerfile", "FROM node\n");
  fs.Add("app/.venv/lib/site.yaml", "a: 1\n");
  fs.Add("app/vendor/github.com/x/deploy.yaml", "kind: Pod\n");
  fs.Add("app/vendorized/deploy.yaml", "kind: Pod\n");  // only exact names are skipped
  Config config;
  DiscoveryResult r;
  BOOST_REQUIRE(Discover(fs, nullptr, {"app"}, std::nullopt, config, &r).ok());
  std::vector<std::string> paths;
  for (const InputFile& f : r.files) paths.push_back(f.path);
  BOOST_TEST(paths == (std::vector<std::string>{"app/Dockerfile", "app/vendorized/deploy.yaml"}),
             boost::test_tools::per_element());
  // A folder named on the command line is the user's choice.
  DiscoveryResult named;
  BOOST_REQUIRE(Discover(fs, nullptr, {"app/node_modules"}, std::nullopt, config, &named).ok());
  BOOST_TEST(named.files.size() == 1u);
  // default-excludes: false walks them too.
  config.default_excludes = false;
  DiscoveryResult all;
  BOOST_REQUIRE(Discover(fs, nullptr, {"app"}, std::nullopt, config, &all).ok());
  BOOST_TEST(all.files.size() == 5u);
}

BOOST_AUTO_TEST_CASE(walk_detects_every_kind) {
  Tree t;
  DiscoveryResult r;
  Config config;
  BOOST_REQUIRE(Discover(t.fs, nullptr, {"repo"}, std::nullopt, config, &r).ok());
  BOOST_TEST(KindOf(r, "repo/frontend/Dockerfile") == "dockerfile");
  BOOST_TEST(KindOf(r, "repo/backend/api.Dockerfile") == "dockerfile");
  BOOST_TEST(KindOf(r, "repo/backend/Dockerfile.dev") == "dockerfile");
  BOOST_TEST(KindOf(r, "repo/chart/Chart.yaml") == "chart");
  BOOST_TEST(KindOf(r, "repo/chart/values.yaml") == "values");
  BOOST_TEST(KindOf(r, "repo/chart/values-prod.yaml") == "values");
  BOOST_TEST(KindOf(r, "repo/chart/templates/deployment.yaml") == "text");
  BOOST_TEST(KindOf(r, "repo/chart/templates/sub/svc.yml") == "text");
  BOOST_TEST(KindOf(r, "repo/deploy/values.yaml") == "manifest");  // no Chart.yaml beside it
  BOOST_TEST(KindOf(r, "repo/.env") == "env");
  BOOST_TEST(KindOf(r, "repo/.env.example") == "env");
  BOOST_TEST(KindOf(r, "repo/prod.env") == "env");
  BOOST_TEST(KindOf(r, "repo/scripts/deploy.ps1") == "powershell");
  BOOST_TEST(KindOf(r, "repo/README.md") == "markdown");
  BOOST_TEST(KindOf(r, "repo/Makefile") == "text");
  BOOST_TEST(KindOf(r, "repo/.git/config") == "missing");
  BOOST_TEST(
      std::is_sorted(r.files.begin(), r.files.end(),
                     [](const InputFile& a, const InputFile& b) { return a.path < b.path; }));
}

BOOST_AUTO_TEST_CASE(explicit_files_keep_their_context) {
  Tree t;
  DiscoveryResult r;
  Config config;
  BOOST_REQUIRE(Discover(t.fs, nullptr,
                         {"repo/chart/values.yaml", "repo/chart/templates/deployment.yaml",
                          "./repo//chart/values.yaml"},
                         std::nullopt, config, &r)
                    .ok());
  BOOST_REQUIRE_EQUAL(r.files.size(), 2u);  // duplicates collapse
  BOOST_TEST(KindOf(r, "repo/chart/values.yaml") == "values");
  BOOST_TEST(KindOf(r, "repo/chart/templates/deployment.yaml") == "text");
  BOOST_TEST(r.files[0].explicit_path);
}

BOOST_AUTO_TEST_CASE(forced_type_and_stdin) {
  Tree t;
  DiscoveryResult r;
  Config config;
  BOOST_REQUIRE(
      Discover(t.fs, nullptr, {"repo/Makefile", "-"}, InputKind::kManifest, config, &r).ok());
  BOOST_TEST(KindOf(r, "repo/Makefile") == "manifest");
  BOOST_TEST(KindOf(r, "-") == "manifest");
  DiscoveryResult r2;
  Status s = Discover(t.fs, nullptr, {"-"}, std::nullopt, config, &r2);
  BOOST_TEST((s.code() == Status::Code::kUsage));
}

BOOST_AUTO_TEST_CASE(missing_path_is_an_io_error_naming_it) {
  Tree t;
  DiscoveryResult r;
  Config config;
  Status s = Discover(t.fs, nullptr, {"repo/nope"}, std::nullopt, config, &r);
  BOOST_TEST((s.code() == Status::Code::kIo));
  BOOST_TEST(s.message() == "repo/nope: no such file or folder");
}

BOOST_AUTO_TEST_CASE(excludes_and_size_limit) {
  Tree t;
  t.fs.Add("repo/big/huge.yaml", std::string(2048, 'a'));
  DiscoveryResult r;
  Config config;
  config.exclude = {"repo/scripts", "*.md"};
  config.max_file_bytes = 1024;
  BOOST_REQUIRE(Discover(t.fs, nullptr, {"repo"}, std::nullopt, config, &r).ok());
  BOOST_TEST(KindOf(r, "repo/scripts/deploy.ps1") == "missing");
  BOOST_TEST(KindOf(r, "repo/README.md") == "missing");
  BOOST_TEST(KindOf(r, "repo/big/huge.yaml") == "missing");
  BOOST_REQUIRE_EQUAL(r.notices.size(), 1u);
  BOOST_TEST(r.notices[0].rule_id == "K8L004");
  BOOST_TEST(r.notices[0].message == "skipped: 2048 bytes is over the 1024-byte limit");
}

BOOST_AUTO_TEST_CASE(normalize_path) {
  BOOST_TEST(NormalizePath("./a//b/") == "a/b");
  BOOST_TEST(NormalizePath(".") == ".");
  BOOST_TEST(NormalizePath("../x/./y") == "../x/y");
  BOOST_TEST(NormalizePath("/abs/p/") == "/abs/p");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint
