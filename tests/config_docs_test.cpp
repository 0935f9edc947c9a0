// docs/configuration.md documents every config key: its reference section is the
// output of `k8slint config --docs`, so it cannot drift from the key table.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "linter/cli/config_command.h"
#include "linter/config/effective.h"
#include "linter/config/keys.h"
#include "linter/config/load.h"
#include "rules/registry.h"

namespace k8slint::testing {

BOOST_AUTO_TEST_SUITE(config_docs)

BOOST_AUTO_TEST_CASE(configuration_md_is_current) {
  std::ifstream in(std::string(K8SLINT_SOURCE_DIR) + "/docs/configuration.md", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string expected;
  BOOST_REQUIRE_MESSAGE(cli::SpliceGenerated(ss.str(), ConfigKeysMarkdown(), &expected),
                        "docs/configuration.md lacks the generated-section markers");
  BOOST_CHECK_MESSAGE(ss.str() == expected,
                      "docs/configuration.md is stale: run scripts/gen-docs.sh");
}

BOOST_AUTO_TEST_CASE(every_key_has_docs_and_an_example_that_loads) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "k8slint-config-docs-examples";
  fs::create_directories(dir / "services/api");
  std::ofstream(dir / "services/api/Dockerfile") << "FROM scratch\n";  // image-dockerfiles' example
  std::unique_ptr<Registry> catalogue;
  BOOST_REQUIRE(BuildRegistry(Config{}, &catalogue).ok());
  for (const ConfigKey& k : ConfigKeys()) {
    BOOST_TEST_CONTEXT(k.name) {
      BOOST_TEST(!k.type.empty());
      BOOST_TEST(!k.default_value.empty());
      BOOST_TEST(k.description.ends_with("."));
      BOOST_TEST(k.example.starts_with(std::string(k.name) + ":"));
      Config config;
      const Status s = ParseConfigText(std::string(k.example) + "\n", "example.yaml", dir.string(),
                                       dir.string(), *catalogue, &config);
      BOOST_TEST(s.ok(), s.message());
      // The documented default is what an empty file gives.
      std::string printed;
      BOOST_REQUIRE(EffectiveConfigYaml(Config{}, &printed).ok());
      const std::string line = std::string(k.name) + ": " + std::string(k.default_value);
      if (k.name != "rules") BOOST_TEST(printed.find("\n" + line) != std::string::npos, line);
    }
  }
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(splice_replaces_only_the_marked_section) {
  const std::string doc =
      "intro\n" + std::string(cli::kDocsBegin) + "old\n" + std::string(cli::kDocsEnd) + "tail\n";
  std::string out;
  BOOST_REQUIRE(cli::SpliceGenerated(doc, "new\n", &out));
  BOOST_TEST(out == "intro\n" + std::string(cli::kDocsBegin) + "new\n" +
                        std::string(cli::kDocsEnd) + "tail\n");
  BOOST_TEST(!cli::SpliceGenerated("no markers\n", "new\n", &out));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
