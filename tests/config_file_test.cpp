// The config file: every key read from good input, every kind of bad input rejected
// with the file, line, column and a clear message, rule selection precedence, and the
// effective configuration printed back as YAML that loads to the same configuration.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "linter/config/effective.h"
#include "linter/config/load.h"
#include "linter/core/registry.h"
#include "tests/test_support.h"
#include "rules/registry.h"

namespace k8slint::testing {
namespace {

namespace fs = std::filesystem;

Status Parse(const std::string& text, Config* out, const std::string& base = "/repo") {
  return ParseConfigText(text, ".k8slint.yaml", base, base, Catalogue(), out);
}

Config Load(const std::string& text) {
  Config c;
  const Status s = Parse(text, &c);
  BOOST_REQUIRE_MESSAGE(s.ok(), s.message());
  return c;
}

bool Enabled(const Registry& r, std::string_view id) { return r.enabled(*r.Resolve(id).front()); }
Level LevelOf(const Registry& r, std::string_view id) { return r.LevelOf(*r.Resolve(id).front()); }

struct BadCase {
  std::string yaml;
  std::string message;  // exact
};
std::ostream& operator<<(std::ostream& o, const BadCase& c) { return o << c.yaml; }

const std::vector<BadCase> kBad = {
    {"exclude: [vendor]\nexclud: [x]\n",
     ".k8slint.yaml:2:1: unknown key 'exclud' (did you mean 'exclude'?)"},
    {"frobnicate: 1\n", ".k8slint.yaml:1:1: unknown key 'frobnicate'"},
    {"- a\n- b\n", ".k8slint.yaml:1:1: a config file is a map of keys, not a list"},
    {"a: 1\n---\nb: 2\n", ".k8slint.yaml:2:1: a config file holds one YAML document"},
    {"exclude: [a\n", ".k8slint.yaml:1:13: invalid YAML: end of sequence flow not found"},
    {"exclude: [a]\nexclude: [b]\n",
     ".k8slint.yaml:2:1: duplicate key 'exclude' (first at line 1)"},
    // label-schema / strict-labels
    {"label-schema: [org.opencontainers.image.source]\n",
     ".k8slint.yaml:1:15: 'label-schema' must be a map of label -> type, not a list"},
    {"label-schema:\n  org.opencontainers.image.source: uri\n",
     ".k8slint.yaml:2:36: the type of label 'org.opencontainers.image.source' must be text, url, "
     "semver, hash, rfc3339, spdx or email, not 'uri'"},
    {"strict-labels: sometimes\n",
     ".k8slint.yaml:1:16: 'strict-labels' must be true or false, not 'sometimes'"},
    // enable / disable
    {"enable: [NR001, NOPE]\n", ".k8slint.yaml:1:17: unknown rule 'NOPE' (see `k8slint rules`)"},
    {"disable:\n  - missing-usr\n", ".k8slint.yaml:2:5: unknown rule 'missing-usr' (did you mean "
                                    "'missing-user'?) (see `k8slint rules`)"},
    {"disable: {NR001: true}\n",
     ".k8slint.yaml:1:10: 'disable' must be a list of rules, not a map"},
    {"enable: [NR001, \"\"]\n", ".k8slint.yaml:1:17: empty rule name"},
    {"enable: [[NR001]]\n", ".k8slint.yaml:1:10: a rule must be named by a string (id, name, alias "
                            "or family), not a list"},
    // rules
    {"rules: [NR001]\n",
     ".k8slint.yaml:1:8: 'rules' must be a map of rule -> level or settings, not a list"},
    {"rules:\n  NR001: errror\n", ".k8slint.yaml:2:10: level of 'NR001' must be error, warning, "
                                  "note or off, not 'errror' (did you mean 'error'?)"},
    {"rules:\n  NR001: [error]\n", ".k8slint.yaml:2:10: 'NR001' must be a level (error, warning, "
                                   "note, off) or a map of level and parameters, not a list"},
    {"rules:\n  NR001:\n", ".k8slint.yaml:2:3: 'NR001' must be a level (error, warning, note, off) "
                           "or a map of level and parameters, not null"},
    {"rules:\n  NRX01: off\n",
     ".k8slint.yaml:2:3: unknown rule 'NRX01' (did you mean 'NR001'?) (see `k8slint rules`)"},
    {"rules:\n  RS007:\n    min-cpuu: 1m\n",
     ".k8slint.yaml:3:5: unknown parameter 'min-cpuu' for 'RS007' (did you mean 'min-cpu'?) "
     "(known: level, min-cpu, max-cpu, min-memory, max-memory)"},
    {"rules:\n  NR001: {depth: 3}\n", ".k8slint.yaml:2:11: unknown parameter 'depth' for 'NR001' "
                                      "(it takes no parameters, only 'level')"},
    {"rules:\n  RS007:\n    min-cpu: lots\n",
     ".k8slint.yaml:3:14: RS007: min-cpu must be a Kubernetes quantity, not 'lots'"},
    {"rules:\n  RS007:\n    max-memory: {a: 1}\n",
     ".k8slint.yaml:3:17: 'rules: RS007: max-memory' must be a string, a number or a list, not a "
     "map"},
    {"rules:\n  PR007: {min-initial-delay: soon}\n",
     ".k8slint.yaml:2:30: PR007: min-initial-delay must be a number of seconds, not 'soon'"},
    {"rules:\n  node-port-out-of-range:\n    node-port-range: 32767-30000\n",
     ".k8slint.yaml:3:22: PT005: node-port-range must be LOW-HIGH, not '32767-30000'"},
    {"rules:\n  PS003: {powershell-target: 6}\n",
     ".k8slint.yaml:2:30: PS003: powershell-target must be 5.1 or 7, not '6'"},
    {"rules:\n  KM010:\n    level: warning\n    allowed-registries: [\"https://ghcr.io\"]\n",
     ".k8slint.yaml:4:25: KM010: allowed-registries entries are registry hosts with an optional "
     "repository prefix (ghcr.io/acme, docker.io/library), not 'https://ghcr.io'"},
    // fail-on
    {"fail-on: warnings\n",
     ".k8slint.yaml:1:10: 'fail-on' must be error, warning, note or never, not 'warnings'"},
    {"fail-on: [error]\n", ".k8slint.yaml:1:10: 'fail-on' must be a string, not a list"},
    // exclude / per-file-ignores
    {"exclude: {a: b}\n", ".k8slint.yaml:1:10: 'exclude' must be a list of strings, not a map"},
    {"exclude: [\"../other\"]\n", ".k8slint.yaml:1:11: 'exclude' globs are relative to the config "
                                  "file's folder and cannot contain '..': '../other'"},
    {"exclude: [\"\"]\n", ".k8slint.yaml:1:11: 'exclude' has an empty item"},
    {"per-file-ignores: [docs]\n",
     ".k8slint.yaml:1:19: 'per-file-ignores' must be a map of glob -> list of rules, not a list"},
    {"per-file-ignores:\n  \"docs/**\": [PSS]\n",
     ".k8slint.yaml:2:15: unknown rule 'PSS' (did you mean 'PS'?) (see `k8slint rules`)"},
    {"per-file-ignores:\n  \"a/../../b\": [PS]\n",
     ".k8slint.yaml:2:3: 'per-file-ignores' globs are relative to the config file's folder and "
     "cannot contain '..': 'a/../../b'"},
    // settings
    {"powershell-target: 6\n",
     ".k8slint.yaml:1:20: PS003: powershell-target must be 5.1 or 7, not '6'"},
    {"powershell-target: [7]\n",
     ".k8slint.yaml:1:20: 'powershell-target' must be a string, not a list"},
    {"shell-fences: [bash, \"c sh\"]\n", ".k8slint.yaml:1:15: 'shell-fences' items are fence "
                                         "languages such as bash or console, not 'c sh'"},
    {"shell-fences: [\"bash,sh\"]\n",
     ".k8slint.yaml:1:16: items of 'shell-fences' cannot contain ',': write a YAML list"},
    {"allowed-registries: [ghcr]\n",
     ".k8slint.yaml:1:21: KM010: allowed-registries entries are registry hosts with an optional "
     "repository prefix (ghcr.io/acme, docker.io/library), not 'ghcr'"},
    {"allowed-registries: {ghcr.io: yes}\n",
     ".k8slint.yaml:1:21: 'allowed-registries' must be a list of strings, not a map"},
    {"image-dockerfiles: [a]\n", ".k8slint.yaml:1:20: 'image-dockerfiles' must be a map of image "
                                 "repository -> Dockerfile path, not a list"},
    {"image-dockerfiles:\n  ghcr.io/acme/api:1.0: Dockerfile\n",
     ".k8slint.yaml:2:3: 'image-dockerfiles' keys are image repositories without tag or digest "
     "(ghcr.io/acme/api), not 'ghcr.io/acme/api:1.0'"},
    {"image-dockerfiles:\n  ghcr.io/acme/api: no/such/Dockerfile\n",
     ".k8slint.yaml:2:21: Dockerfile 'no/such/Dockerfile' of image 'ghcr.io/acme/api' does not "
     "exist (paths are relative to the config file's folder)"},
    {"external-objects: [Secret/db, Deployment/web]\n",
     ".k8slint.yaml:1:31: 'external-objects' items are ConfigMap/<name> or Secret/<name>, not "
     "'Deployment/web'"},
    {"external-objects: [Secret/DB_PASS]\n",
     ".k8slint.yaml:1:20: 'external-objects' items are ConfigMap/<name> or Secret/<name>, not "
     "'Secret/DB_PASS'"},
    {"max-file-size: 0\n",
     ".k8slint.yaml:1:16: 'max-file-size' must be a positive number of bytes, not '0'"},
    {"max-file-size: 1MB\n",
     ".k8slint.yaml:1:16: 'max-file-size' must be a positive number of bytes, not '1MB'"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(config_file)

BOOST_DATA_TEST_CASE(bad_input_is_an_error_with_line_and_column, boost::unit_test::data::make(kBad),
                     c) {
  Config config;
  const Status s = Parse(c.yaml, &config);
  BOOST_TEST((s.code() == Status::Code::kConfig));
  BOOST_TEST(s.message() == c.message);
}

BOOST_AUTO_TEST_CASE(empty_and_comment_only_files_are_the_defaults) {
  for (const char* text : {"", "# nothing yet\n", "---\n", "rules:\n"}) {
    const Config c = Load(text);
    BOOST_TEST(c.file_enable.empty());
    BOOST_TEST(c.file_disable.empty());
    BOOST_TEST(c.exclude.empty());
    BOOST_TEST(c.source_file == ".k8slint.yaml");
  }
}

BOOST_AUTO_TEST_CASE(enable_disable_and_levels) {
  const Config c = Load("enable: [KM010]\n"
                        "disable: [hadolint:DL3002, MS]\n"
                        "rules:\n"
                        "  PS: note\n"
                        "  pipeline-chain-operator: off\n"
                        "  NR010: error\n");
  auto r = RegistryFor(c);
  BOOST_TEST(!Enabled(*r, "NR002"));  // hadolint:DL3002 is NR002 root-user
  BOOST_TEST(Enabled(*r, "NR001"));
  BOOST_TEST(!Enabled(*r, "MS001"));
  BOOST_TEST(!Enabled(*r, "PS003"));  // its own entry beats the family's level
  BOOST_TEST(Enabled(*r, "PS001"));
  BOOST_TEST((LevelOf(*r, "PS001") == Level::kNote));
  BOOST_TEST((LevelOf(*r, "NR010") == Level::kError));
  BOOST_TEST(Enabled(*r, "KM010"));
}

BOOST_AUTO_TEST_CASE(the_more_specific_choice_wins_then_off) {
  // A family disabled, one of its rules enabled: the rule runs (ruff's rule).
  auto r = RegistryFor(Load("disable: [PS]\nenable: [PS003]\n"));
  BOOST_TEST(Enabled(*r, "PS003"));
  BOOST_TEST(!Enabled(*r, "PS001"));
  // Equally specific: off wins, whatever the order in the file.
  r = RegistryFor(Load("rules: {NR001: error}\ndisable: [NR001]\n"));
  BOOST_TEST(!Enabled(*r, "NR001"));
  r = RegistryFor(Load("disable: [NR001]\nenable: [missing-user]\n"));
  BOOST_TEST(!Enabled(*r, "NR001"));
}

BOOST_AUTO_TEST_CASE(command_line_wins_over_the_file) {
  Config c = Load("disable: [NR001]\nenable: [NR010]\n");
  c.enable = {"NR001"};
  c.disable = {"NR"};
  auto r = RegistryFor(c);
  BOOST_TEST(!Enabled(*r, "NR001"));  // --disable NR beats both
  c.disable.clear();
  r = RegistryFor(c);
  BOOST_TEST(Enabled(*r, "NR001"));
}

BOOST_AUTO_TEST_CASE(rule_parameters_by_id_name_alias_and_family) {
  const Config c = Load("rules:\n"
                        "  resource-out-of-bounds: {min-cpu: 50m, max-memory: \"\"}\n"
                        "  PR007:\n    level: warning\n    min-initial-delay: 60\n"
                        "  PT005: {node-port-range: 31000-31999}\n"
                        "  PS: {powershell-target: \"7\"}\n"
                        "  KM010: {allowed-registries: [ghcr.io/acme, docker.io/library]}\n");
  BOOST_TEST(c.Param("RS007", "min-cpu", "") == "50m");
  BOOST_TEST(c.Param("RS007", "max-memory", "x") == "");
  BOOST_TEST(c.Param("PR007", "min-initial-delay", "") == "60");
  BOOST_TEST(c.Param("PT005", "node-port-range", "") == "31000-31999");
  BOOST_TEST(c.Param("PS003", "powershell-target", "") == "7");  // every PS rule that has it
  BOOST_TEST(c.Param("PS016", "powershell-target", "") == "7");
  BOOST_TEST(c.Param("KM010", "allowed-registries", "") == "ghcr.io/acme,docker.io/library");
  auto r = RegistryFor(c);
  BOOST_TEST((LevelOf(*r, "PR007") == Level::kWarning));
}

BOOST_AUTO_TEST_CASE(a_family_parameter_no_member_declares_is_unknown) {
  Config c;
  const Status s = Parse("rules:\n  MS: {min-cpu: 1m}\n", &c);
  BOOST_TEST(s.message() ==
             ".k8slint.yaml:2:8: unknown parameter 'min-cpu' for 'MS' (only 'level' applies)");
}

BOOST_AUTO_TEST_CASE(shared_settings) {
  const Config c = Load("fail-on: error\n"
                        "powershell-target: 7\n"
                        "shell-fences: [bash, console]\n"
                        "allowed-registries: ghcr.io/acme\n"
                        "max-file-size: 1048576\n");
  BOOST_TEST(c.fail_on == "error");
  BOOST_TEST(c.settings.at("powershell-target") == "7");
  BOOST_TEST(c.settings.at("shell-fences") == "bash,console");
  BOOST_TEST(c.Param("KM010", "allowed-registries", "") == "ghcr.io/acme");
  BOOST_TEST(c.max_file_bytes == 1048576u);
}

BOOST_AUTO_TEST_CASE(paths_are_anchored_at_the_config_folder) {
  Config c;
  BOOST_REQUIRE(Parse("exclude: [vendor, \"charts/*/tests\"]\n"
                      "per-file-ignores:\n  \"docs/**\": [PS, hadolint:DL3002]\n",
                      &c, "/repo")
                    .ok());
  c.working_dir = "/repo/charts";  // linting from a subfolder
  BOOST_TEST(c.Excluded("web/tests/x.yaml"));
  BOOST_TEST(c.Excluded("../vendor/lib/a.yaml"));
  BOOST_TEST(c.Excluded("web/vendor"));
  BOOST_TEST(!c.Excluded("web/templates/x.yaml"));
  BOOST_TEST(!c.Excluded("tests/x.yaml"));  // /repo/charts/tests is not charts/*/tests
  BOOST_TEST(!c.Excluded("-"));
  BOOST_TEST(c.IgnoredAt("../docs/guide/install.md", "PS003"));
  BOOST_TEST(c.IgnoredAt("/repo/docs/x.md", "NR002"));  // hadolint:DL3002
  BOOST_TEST(!c.IgnoredAt("../docs/x.md", "NR001"));
  BOOST_TEST(!c.IgnoredAt("docs/x.md", "PS003"));  // that is /repo/charts/docs
  BOOST_TEST(!c.IgnoredAt("/elsewhere/docs/x.md", "PS003"));
}

BOOST_AUTO_TEST_CASE(per_file_ignores_drop_findings_in_matching_files) {
  const Config c =
      Load("per-file-ignores:\n  \"docs/**\": [missing-user]\n  \"*.Dockerfile\": [MS]\n");
  const std::string dockerfile = "FROM python:3.12-slim\nCMD [\"python\"]\n";
  BOOST_TEST(LintText("docs/Dockerfile", dockerfile, {"NR001"}, std::nullopt, c).empty());
  BOOST_TEST(LintText("/repo/docs/sub/Dockerfile", dockerfile, {"NR001"}, std::nullopt, c).empty());
  BOOST_TEST(LintText("app/Dockerfile", dockerfile, {"NR001"}, std::nullopt, c).size() == 1u);
  BOOST_TEST(LintText("app/api.Dockerfile", dockerfile, {"NR001"}, std::nullopt, c).size() == 1u);
}

BOOST_AUTO_TEST_CASE(image_dockerfiles_and_external_objects) {
  const fs::path dir = fs::temp_directory_path() / "k8slint-config-test-images";
  fs::remove_all(dir);
  fs::create_directories(dir / "services/api");
  std::ofstream(dir / "services/api/Dockerfile") << "FROM scratch\n";
  Config c;
  const Status s =
      ParseConfigText("image-dockerfiles:\n  ghcr.io/acme/api: services/api/Dockerfile\n"
                      "external-objects: [Secret/db-credentials, ConfigMap/feature.flags]\n",
                      ".k8slint.yaml", dir.string(), (dir / "services").string(), Catalogue(), &c);
  BOOST_REQUIRE_MESSAGE(s.ok(), s.message());
  // Named like discovery names inputs: relative to the working directory.
  BOOST_TEST(c.image_dockerfiles.at("ghcr.io/acme/api") == "api/Dockerfile");
  BOOST_TEST(c.external_objects ==
             (std::vector<std::string>{"Secret/db-credentials", "ConfigMap/feature.flags"}));
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(printed_configuration_loads_back_to_the_same) {
  Config c =
      Load("disable: [MS]\nenable: [KM010]\n"
           "rules:\n  NR001: error\n  RS007: {min-cpu: 50m}\n"
           "fail-on: note\nexclude: [vendor, \"a b/*.yaml\"]\n"
           "per-file-ignores:\n  \"docs/**\": [PS, \"hadolint:DL3002\"]\n"
           "powershell-target: \"7\"\nshell-fences: [bash]\nallowed-registries: [ghcr.io/acme]\n"
           "external-objects: [Secret/db]\nmax-file-size: 4096\n");
  std::string printed;
  BOOST_REQUIRE(EffectiveConfigYaml(c, &printed).ok());
  BOOST_TEST(printed.find("then the config file .k8slint.yaml, then command-line flags") !=
             std::string::npos);
  BOOST_TEST(
      printed.find(
          "  RS007:  # resource-out-of-bounds\n    level: warning\n    min-cpu: \"50m\"\n") !=
      std::string::npos);
  BOOST_TEST(printed.find("powershell-target: \"7\"\n") != std::string::npos);
  Config again;
  const Status s = Parse(printed, &again);
  BOOST_REQUIRE_MESSAGE(s.ok(), s.message() << "\n" << printed);
  std::string reprinted;
  BOOST_REQUIRE(EffectiveConfigYaml(again, &reprinted).ok());
  BOOST_TEST(reprinted == printed);
  auto a = RegistryFor(c), b = RegistryFor(again);
  for (const auto& rule : a->rules()) {
    BOOST_TEST_CONTEXT(rule->meta().id) {
      BOOST_TEST(a->enabled(*rule) == Enabled(*b, rule->meta().id));
      BOOST_TEST((a->LevelOf(*rule) == LevelOf(*b, rule->meta().id)));
    }
  }
}

BOOST_AUTO_TEST_CASE(unreadable_and_missing_files) {
  Config c;
  Status s =
      LoadConfigFile("/no/such/.k8slint.yaml", "/no/such/.k8slint.yaml", "/", Catalogue(), &c);
  BOOST_TEST(s.message() == "/no/such/.k8slint.yaml: no such config file");
  s = LoadConfigFile("/tmp", "/tmp", "/", Catalogue(), &c);
  BOOST_TEST(s.message() == "/tmp: not a file");
}

BOOST_AUTO_TEST_CASE(hostile_input_does_not_crash) {
  const std::string deep = std::string(5000, '[') + std::string(5000, ']');
  for (const std::string& text :
       {std::string("\xff\xfe\x00\x01", 4), deep, std::string("a: &x [*x]\nrules: *x\n"),
        std::string("rules: {") + std::string(200, 'x') + ": off}\n"}) {
    Config c;
    const Status s = Parse(text, &c);
    BOOST_TEST(!s.ok());
    BOOST_TEST(s.message().starts_with(".k8slint.yaml:"));
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
