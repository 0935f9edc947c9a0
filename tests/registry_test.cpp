// The rule catalogue is well formed: ids, names and aliases unique and in one
// style, every field filled, every rule's bad example fires and its good example
// does not, every rule has a firing and a clean fixture, and docs/ is current.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <re2/re2.h>
#include <set>
#include <sstream>

#include "linter/report/docs.h"
#include "linter/core/registry.h"
#include "tests/fixtures.h"
#include "tests/test_support.h"
#include "rules/registry.h"

namespace k8slint::testing {
namespace {

std::string ReadDoc(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// RE2 built against Abseil takes absl::string_view, which need not be std::string_view.
bool FullMatch(std::string_view text, const RE2& re) {
  return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), re);
}

// Rules the engine emits about the run itself, which no text example can show.
bool RunLevelRule(std::string_view id) { return id == "K8L002" || id == "K8L004"; }

}  // namespace

BOOST_AUTO_TEST_SUITE(registry)

BOOST_AUTO_TEST_CASE(ids_names_and_aliases_are_well_formed) {
  auto registry = RegistryFor(Config{});
  std::set<std::string_view> ids, names;
  const RE2 id_re("(K8L|NR|MS|SE|PR|RS|PT|PS|DF|KM)[0-9]{3}");
  const RE2 name_re("[a-z0-9]+(-[a-z0-9]+)*");
  const RE2 alias_re("(hadolint:(DL|SC)[0-9]{4}|kube-linter:[a-z0-9-]+|kube-score:[a-z0-9-]+|"
                     "gitleaks:[a-z0-9-]+|secretlint:[@a-z0-9/-]+)");
  std::string_view previous;
  for (const auto& r : registry->rules()) {
    const RuleMeta& m = r->meta();
    BOOST_TEST_CONTEXT(m.id) {
      BOOST_CHECK(FullMatch(m.id, id_re));
      BOOST_CHECK(FullMatch(m.name, name_re));
      BOOST_CHECK(ids.insert(m.id).second);
      BOOST_CHECK(names.insert(m.name).second);
      BOOST_CHECK_MESSAGE(previous < m.id, "registry not sorted by id");
      previous = m.id;
      for (std::string_view a : m.aliases) BOOST_CHECK_MESSAGE(FullMatch(a, alias_re), a);
      BOOST_CHECK(!m.summary.empty() && !m.summary.ends_with("."));
      BOOST_CHECK(std::isupper(static_cast<unsigned char>(m.summary.front())));
      BOOST_CHECK(!m.details.empty());
      BOOST_CHECK(!m.rationale.empty());
      BOOST_CHECK(!m.fix.empty());
      BOOST_CHECK(m.status == "stable" || m.status == "preview" || m.status == "deprecated" ||
                  m.status == "removed");
      if (!m.security_severity.empty()) {
        const double sev = std::stod(std::string(m.security_severity));
        BOOST_CHECK(sev >= 0.0 && sev <= 10.0);
      }
      if (!m.example_path.empty()) {
        BOOST_CHECK_MESSAGE(!m.bad_example.empty() && !m.good_example.empty(),
                            "a rule with example_path needs both examples");
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(examples_fire_and_fixes_are_clean) {
  auto registry = RegistryFor(Config{});
  for (const auto& r : registry->rules()) {
    const RuleMeta& m = r->meta();
    if (m.example_path.empty()) continue;
    BOOST_TEST_CONTEXT(m.id) {
      auto bad =
          LintText(std::string(m.example_path), std::string(m.bad_example), {std::string(m.id)});
      BOOST_CHECK_MESSAGE(!bad.empty(), m.id << ": bad example does not fire");
      auto good =
          LintText(std::string(m.example_path), std::string(m.good_example), {std::string(m.id)});
      BOOST_CHECK_MESSAGE(
          good.empty(), m.id << ": good example fires: " << (good.empty() ? "" : good[0].message));
    }
  }
}

BOOST_AUTO_TEST_CASE(every_rule_has_firing_and_clean_fixtures) {
  auto registry = RegistryFor(Config{});
  const std::string dir = std::string(K8SLINT_SOURCE_DIR) + "/fixtures";
  const auto cases = ListFixtures(dir);
  for (const auto& r : registry->rules()) {
    const RuleMeta& m = r->meta();
    if (m.status == "removed") continue;
    int firing = 0, clean = 0;
    for (const FixtureCase& c : cases) {
      if (c.rule_id != m.id) continue;
      const std::vector<Expectation> e = CaseExpectations(c.path);
      (e.empty() ? clean : firing)++;
    }
    BOOST_CHECK_MESSAGE(firing > 0, m.id << " has no fixture that fires");
    BOOST_CHECK_MESSAGE(clean > 0 || RunLevelRule(m.id), m.id << " has no clean fixture");
  }
}

BOOST_AUTO_TEST_CASE(generated_docs_are_current) {
  auto registry = RegistryFor(Config{});
  const std::string dir = std::string(K8SLINT_SOURCE_DIR) + "/docs/rules/";
  BOOST_CHECK_MESSAGE(ReadDoc(dir + "README.md") == RulesIndexMarkdown(*registry),
                      "docs/rules/README.md is stale: run scripts/gen-docs.sh");
  for (const auto& r : registry->rules())
    BOOST_CHECK_MESSAGE(ReadDoc(dir + std::string(r->meta().id) + ".md") == RuleMarkdown(r->meta()),
                        "docs/rules/" << r->meta().id << ".md is stale: run scripts/gen-docs.sh");
  BOOST_CHECK_MESSAGE(
      ReadDoc(std::string(K8SLINT_SOURCE_DIR) + "/docs/index.md") == DocsIndexMarkdown(*registry),
      "docs/index.md is stale: run scripts/gen-docs.sh");
}

// docs/index.md lists every hand-written page of docs/, and only pages that exist.
BOOST_AUTO_TEST_CASE(docs_index_lists_every_guide) {
  const std::filesystem::path docs = std::filesystem::path(K8SLINT_SOURCE_DIR) / "docs";
  std::set<std::string> listed;
  for (const DocGuide& g : DocGuides()) {
    listed.insert(g.file);
    BOOST_CHECK_MESSAGE(std::filesystem::is_regular_file(docs / g.file),
                        "docs/index.md lists docs/" << g.file << ", which does not exist");
  }
  for (const auto& entry : std::filesystem::directory_iterator(docs)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".md" || name == "index.md") continue;
    BOOST_CHECK_MESSAGE(listed.count(name),
                        "docs/" << name
                                << " is not on docs/index.md: add it to DocGuides() in "
                                   "linter/report/docs_index.cpp");
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
