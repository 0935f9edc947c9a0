// `k8slint config --import`: the peer configurations of tests/cli/import/ become
// .k8slint.yaml text that the config loader accepts and that means what the peer's file
// meant; gitleaks path regexes become globs matching the same paths; bad files are
// errors naming the file and the line.
#include <re2/re2.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "linter/config/load.h"
#include "linter/config/peer_import.h"
#include "linter/core/glob.h"
#include "linter/core/registry.h"
#include "rules/registry.h"
#include "tests/test_support.h"

namespace k8slint::testing {
namespace {

namespace fs = std::filesystem;

const std::string kImportCases = std::string(K8SLINT_SOURCE_DIR) + "/tests/cli/import/";

std::string Import(const std::string& path, Status* status = nullptr) {
  std::string yaml;
  const Status s = ImportPeerConfig(path, fs::path(path).filename().string(), Catalogue(), &yaml);
  if (status) *status = s;
  else BOOST_REQUIRE_MESSAGE(s.ok(), s.message());
  return yaml;
}

// The imported text, loaded back by the config loader as if it were /repo/.k8slint.yaml.
Config LoadImported(const std::string& fixture) {
  const std::string yaml = Import(kImportCases + fixture);
  Config c;
  const Status s = ParseConfigText(yaml, ".k8slint.yaml", "/repo", "/repo", Catalogue(), &c);
  BOOST_REQUIRE_MESSAGE(s.ok(), s.message() + "\n" + yaml);
  return c;
}

const Rule& RuleOf(const Registry& r, std::string_view id) { return *r.Resolve(id).front(); }

fs::path Scratch(const std::string& name, const std::string& text) {
  const fs::path dir = fs::temp_directory_path() / "k8slint-peer-import-test";
  fs::create_directories(dir);
  std::ofstream(dir / name, std::ios::binary | std::ios::trunc) << text;
  return dir / name;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(peer_import)

BOOST_AUTO_TEST_CASE(hadolint_ignored_override_registries_threshold_labels) {
  const Config c = LoadImported(".hadolint.yaml");
  const auto r = RegistryFor(c);
  BOOST_TEST(!r->enabled(RuleOf(*r, "hadolint:DL3008")));  // ignored
  BOOST_TEST(r->enabled(RuleOf(*r, "DF070")));             // SC codes do not turn it off
  BOOST_TEST(c.Param("DF070", "ignore-codes", "") == "SC2086,SC1091");
  BOOST_TEST((r->LevelOf(RuleOf(*r, "hadolint:DL3002")) == Level::kError));
  BOOST_TEST((r->LevelOf(RuleOf(*r, "hadolint:DL3032")) == Level::kNote));  // info
  BOOST_TEST((r->LevelOf(RuleOf(*r, "hadolint:DL3015")) == Level::kNote));  // style
  BOOST_TEST(c.fail_on == "warning");
  BOOST_TEST(c.settings.at("allowed-registries") ==
             "docker.io,ghcr.io,*.dkr.ecr.eu-west-1.amazonaws.com");
  BOOST_TEST(c.Param("DF071", "label-schema", "").find("org.opencontainers.image.source") !=
             std::string::npos);
  const std::string yaml = Import(kImportCases + ".hadolint.yaml");
  BOOST_TEST(yaml.find("# - line 19, override style: SC2046:") != std::string::npos);
  BOOST_TEST(yaml.find("com.example.team: type 'team' is none of k8slint's") != std::string::npos);
  BOOST_TEST(yaml.find("disable-ignore-pragma: k8slint always honours") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(kube_linter_include_exclude_add_all_built_in) {
  const Config c = LoadImported(".kube-linter.yaml");
  const auto r = RegistryFor(c);
  BOOST_TEST(!r->enabled(RuleOf(*r, "kube-linter:unset-cpu-requirements")));
  BOOST_TEST(!r->enabled(RuleOf(*r, "kube-linter:no-read-only-root-fs")));
  // addAllBuiltIn turns on the opt-in checks k8slint has.
  BOOST_TEST(r->enabled(RuleOf(*r, "kube-linter:privileged-ports")));
  BOOST_TEST(r->enabled(RuleOf(*r, "kube-linter:latest-tag")));
  BOOST_TEST(c.IgnoredAt("/repo/charts/vendor/redis/templates/sts.yaml", "NR002"));
  BOOST_TEST(c.IgnoredAt("/repo/charts/api/templates/tests/conn.yaml", "RS001"));
  BOOST_TEST(!c.IgnoredAt("/repo/charts/vendor/redis/values.yaml", "SE001"));  // secrets still read
  BOOST_TEST(!c.IgnoredAt("/repo/charts/api/templates/deploy.yaml", "NR002"));
  const std::string yaml = Import(kImportCases + ".kube-linter.yaml");
  BOOST_TEST(yaml.find("customChecks: required-label-team") != std::string::npos);
  BOOST_TEST(yaml.find("checks.exclude: sorted-keys: no k8slint rule") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(kube_linter_do_not_auto_add_defaults_is_offered_commented_out) {
  const fs::path path =
      Scratch(".kube-linter.yaml", "checks:\n  doNotAutoAddDefaults: true\n  include:\n"
                                   "    - run-as-non-root\n    - latest-tag\n");
  const std::string yaml = Import(path.string());
  BOOST_TEST(yaml.find("enable:\n  - kube-linter:run-as-non-root") != std::string::npos);
  BOOST_TEST(yaml.find("# disable: [") != std::string::npos);
  BOOST_TEST(yaml.find("kube-linter:privileged-container") != std::string::npos);
  Config c;
  BOOST_TEST(ParseConfigText(yaml, ".k8slint.yaml", "/repo", "/repo", Catalogue(), &c).ok());
  BOOST_TEST(c.disable.empty());  // k8slint's defaults stay on
}

BOOST_AUTO_TEST_CASE(gitleaks_allowlist_paths_rules_and_what_is_not_imported) {
  const Config c = LoadImported(".gitleaks.toml");
  const auto r = RegistryFor(c);
  BOOST_TEST(!r->enabled(RuleOf(*r, "gitleaks:generic-api-key")));  // extend.disabledRules
  BOOST_TEST(c.IgnoredAt("/repo/docs/examples/aws.md", "SE001"));
  BOOST_TEST(c.IgnoredAt("/repo/internal/testdata/keys.txt", "SE026"));
  BOOST_TEST(c.IgnoredAt("/repo/go.sum", "SE026"));
  BOOST_TEST(!c.IgnoredAt("/repo/docs/examples/aws.md", "NR001"));  // only the secrets rules
  BOOST_TEST(!c.IgnoredAt("/repo/docs/guide.md", "SE001"));
  // [[allowlists]] with targetRules: only those rules, only there.
  const std::string github_pat(RuleOf(*r, "gitleaks:github-pat").meta().id);
  BOOST_TEST(c.IgnoredAt("/repo/deploy/dev/local.env", github_pat));
  BOOST_TEST(c.IgnoredAt("/repo/deploy/dev/db/pg.env", github_pat));
  BOOST_TEST(!c.IgnoredAt("/repo/deploy/prod/app.env", github_pat));
  // A rule's own [[rules.allowlists]]: that rule only.
  BOOST_TEST(c.IgnoredAt("/repo/terraform/modules/vpc/examples/main.tf", "SE001"));
  BOOST_TEST(c.IgnoredAt("/repo/terraform/modules/net/vpc/examples/main.tf", "SE001"));
  BOOST_TEST(!c.IgnoredAt("/repo/terraform/modules/vpc/examples/main.tf", github_pat));
  BOOST_TEST(!c.IgnoredAt("/repo/terraform/modules/vpc/main.tf", "SE001"));
  const std::string yaml = Import(kImportCases + ".gitleaks.toml");
  BOOST_TEST(yaml.find("custom rule acme-deploy-token") != std::string::npos);
  BOOST_TEST(yaml.find("allowlist.stopwords 'example', 'dummy'") != std::string::npos);
  BOOST_TEST(yaml.find("allowlist.paths '(?i)fixtures/[a-z]+\\.json'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(path_regexes_become_globs_matching_the_same_paths) {
  struct Case {
    std::string regex;
    std::vector<std::string> globs;  // empty: not translatable
  };
  const std::vector<Case> cases = {
      {"(.*?)(jpg|gif)$", {"*jpg", "*gif"}},
      {"^docs/examples/", {"/docs/examples"}},
      {"testdata", {"*testdata*"}},
      {"go\\.(mod|sum)$", {"*go.mod", "*go.sum"}},
      {"gitleaks.toml", {"*gitleaks?toml*"}},
      {"^vendor", {"/vendor*"}},
      {"node_modules|vendor/", {"*node_modules*", "**/*vendor"}},
      {"/fixtures/", {"**/*/fixtures"}},
      {"^deploy/dev/.*\\.env$", {"/deploy/dev/*.env", "/deploy/dev/*/**/*.env"}},
      {"^\\.github/workflows/.*\\.ya?ml$", {}},
      {"(?i)fixtures/[a-z]+\\.json", {}},
      {"\\d+\\.txt$", {}},
      {"^/etc/passwd$", {}},
      {".*", {}},
      {"[", {}},
  };
  const std::vector<std::string> paths = {"logo.jpg",
                                          "assets/img/logo.gif",
                                          "assets/img/logo.png",
                                          "docs/examples/aws.md",
                                          "src/docs/examples/x.md",
                                          "internal/testdata/a.txt",
                                          "mytestdatax/b",
                                          "go.mod",
                                          "tools/go.sum",
                                          "go.modx",
                                          "gitleaks.toml",
                                          "ci/gitleaks.toml.bak",
                                          "vendor/lib/a.go",
                                          "vendorized.txt",
                                          "src/vendor/a.go",
                                          "node_modules/x/y.js",
                                          "a/fixtures/b.json",
                                          "fixtures/b.json",
                                          "deploy/dev/local.env",
                                          "deploy/dev/db/pg.env",
                                          "deploy/dev.env",
                                          "deploy/prod/app.env",
                                          "src/main.go"};
  for (const Case& c : cases) {
    std::vector<std::string> globs;
    const bool ok = PathRegexToGlobs(c.regex, &globs);
    BOOST_TEST_CONTEXT(c.regex) {
      BOOST_TEST(ok == !c.globs.empty());
      if (!ok) continue;
      BOOST_TEST(globs == c.globs, boost::test_tools::per_element());
      const RE2 re(c.regex);
      BOOST_REQUIRE(re.ok());
      for (const std::string& path : paths) {
        bool glob_match = false;
        for (const std::string& g : globs) glob_match = glob_match || GlobMatchesPath(g, path);
        BOOST_TEST_CONTEXT(path) { BOOST_TEST(RE2::PartialMatch(path, re) == glob_match); }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(bad_files_name_the_file_the_line_and_the_reason) {
  Status s;
  Import(Scratch(".hadolint.yaml", "ignored:\n  - DL3008\n override: {}\n").string(), &s);
  BOOST_TEST((s.code() == Status::Code::kConfig));
  BOOST_TEST(s.message().rfind(".hadolint.yaml:3:", 0) == 0, s.message());
  Import(Scratch(".hadolint.yaml", "ignored: {DL3008: true}\n").string(), &s);
  BOOST_TEST(s.message() == ".hadolint.yaml:1:10: 'ignored' must be a list, not a map");
  Import(Scratch(".hadolint.yaml", "override:\n  fatal: [DL3008]\n").string(), &s);
  BOOST_TEST(s.message() ==
             ".hadolint.yaml:2:3: 'override' levels are error, warning, info and style, not "
             "'fatal'");
  Import(Scratch(".gitleaks.toml", "[allowlist]\npaths = ['''a''',\n").string(), &s);
  BOOST_TEST(s.message() ==
             ".gitleaks.toml:2:19: Error while parsing array: encountered end-of-file");
  Import(Scratch(".gitleaks.toml", "[allowlist]\npaths = \"vendor\"\n").string(), &s);
  BOOST_TEST(s.message() == ".gitleaks.toml:2:9: 'allowlist.paths' must be an array of strings");
  Import(Scratch("lint.yaml", "rules: []\n").string(), &s);
  BOOST_TEST(s.message() == "lint.yaml: cannot tell which tool this configuration is for: name it "
                            ".hadolint.yaml, .kube-linter.yaml or .gitleaks.toml");
  Import((fs::temp_directory_path() / "k8slint-no-such-dir/.hadolint.yaml").string(), &s);
  BOOST_TEST(s.message() == ".hadolint.yaml: no such file");
  // A differently named file is told by its keys.
  BOOST_TEST(
      Import(Scratch("hadolint-ci.yml", "ignored: [DL3008]\n").string()).find("(hadolint)") !=
      std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
