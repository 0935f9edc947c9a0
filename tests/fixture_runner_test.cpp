// Runs every fixture under fixtures/<RULE-ID>/ with only that rule enabled (and those a
// `k8slint-fixture-enable:` comment names; their findings are not checked) and checks
// the findings against the expectations written in the fixture: a missing or an
// extra finding fails. A second pass with every rule enabled must give the rule under
// test the same findings (crosstalk through suppressions or shared state).
// A case under fixtures/<FAMILY>/ (fixtures/PS/) runs the whole family and checks every
// finding of it, and parse errors (K8L001): a corpus that must stay clean for all of a
// family's rules, and must parse.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cctype>
#include <filesystem>
#include <map>
#include <sstream>

#include "linter/config/load.h"
#include "linter/engine/discovery.h"
#include "linter/engine/engine.h"
#include "tests/fixtures.h"
#include "tests/test_support.h"
#include "rules/registry.h"

namespace k8slint::testing {
namespace {

const std::string kFixtures = std::string(K8SLINT_SOURCE_DIR) + "/fixtures";

// A folder case may carry a .k8slint.yaml (rule parameters, path settings); it is
// loaded as the CLI would load it, so fixtures exercise the config loader too.
bool HasCaseConfig(const FixtureCase& c) {
  return std::filesystem::is_regular_file(std::filesystem::path(c.path) / kConfigFileName);
}

Config CaseConfig(const FixtureCase& c) {
  Config config;
  if (!HasCaseConfig(c)) return config;
  const std::filesystem::path file = std::filesystem::path(c.path) / kConfigFileName;
  const Status s = LoadConfigFile(file.string(), file.string(),
                                  std::filesystem::current_path().string(), Catalogue(), &config);
  BOOST_REQUIRE_MESSAGE(s.ok(), s.message());
  return config;
}

// The case folder names a family ("PS") rather than one rule ("PS003").
bool IsFamilyCase(const FixtureCase& c) {
  return !c.rule_id.empty() && !std::isdigit(static_cast<unsigned char>(c.rule_id.back()));
}

// Whether a finding or expectation of rule `id` is checked by case `c`.
bool Checks(const FixtureCase& c, std::string_view id) {
  if (!IsFamilyCase(c)) return id == c.rule_id;
  return id == "K8L001" || (id.starts_with(c.rule_id) && id.size() == c.rule_id.size() + 3);
}

bool EnabledByDefault(std::string_view id) {
  for (const Rule* r : Catalogue().EnabledRules())
    if (r->meta().id == id) return true;
  return false;
}

// The registry and engine for a case's configuration. Building them (every rule, the
// secrets prefilter) costs more than linting most cases, tenfold under the sanitizers,
// so cases without a .k8slint.yaml share them: by their `only` list in the first pass,
// and in the second all default rules share one unless the case's rule is opt-in. The
// engine is const and keeps no state between runs; the run's findings point at the
// registry's rules, so every registry lives to the end.
Linter& LinterFor(const FixtureCase& c, bool only_rule) {
  static std::map<std::string, std::unique_ptr<Linter>> shared;
  static std::vector<std::unique_ptr<Linter>> own;
  Config config = CaseConfig(c);
  if (only_rule) {
    config.only = CaseEnables(c.path);
    config.only->push_back(c.rule_id);
    if (IsFamilyCase(c)) config.only->push_back("K8L001");
  } else {
    config.enable = {c.rule_id};  // every default rule, plus the one under test if opt-in
  }
  config.exclude.emplace_back("*.expect");
  std::unique_ptr<Linter>* slot;
  if (HasCaseConfig(c)) {
    slot = &own.emplace_back();
  } else {
    std::string key = only_rule ? "only" : "all";
    if (only_rule) {
      for (const std::string& id : *config.only) key += " " + id;
    } else if (!EnabledByDefault(c.rule_id)) {
      key += " " + c.rule_id;
    }
    slot = &shared[key];
    if (*slot) return **slot;
  }
  *slot = MakeLinter(std::move(config));
  return **slot;
}

std::vector<Finding> LintCase(const FixtureCase& c, bool only_rule, DiscoveryResult* inputs) {
  const Linter& l = LinterFor(c, only_rule);
  DiskFileSystem disk;
  *inputs = DiscoveryResult{};
  const Status s = Discover(disk, nullptr, {c.path}, std::nullopt, l.config, inputs);
  BOOST_REQUIRE_MESSAGE(s.ok(), s.message());
  std::vector<Finding> findings = l.engine->Lint(disk, *inputs, 2);
  std::vector<Finding> mine;
  for (Finding& f : findings)
    if (Checks(c, f.rule->meta().id)) mine.push_back(std::move(f));
  return mine;
}

std::string Describe(const Finding& f) {
  std::ostringstream o;
  o << f.path << ":" << f.span.begin.line << ":" << f.span.begin.column << " " << f.rule->meta().id
    << " \"" << f.message << "\"";
  return o.str();
}

bool Matches(const Expectation& e, const Finding& f) {
  return e.path == f.path && e.line == f.span.begin.line &&
         (e.column == 0 || e.column == f.span.begin.column) && e.rule_id == f.rule->meta().id &&
         f.message.find(e.fragment) != std::string::npos;
}

}  // namespace

BOOST_DATA_TEST_CASE(fixture, boost::unit_test::data::make(ListFixtures(kFixtures)), c) {
  BOOST_TEST_CONTEXT(c.path) {
    DiscoveryResult inputs;
    const std::vector<Finding> findings = LintCase(c, true, &inputs);
    const std::vector<Expectation> expected = CaseExpectations(c.path);
    std::vector<bool> used(findings.size(), false);
    for (const Expectation& e : expected) {
      BOOST_CHECK_MESSAGE(Checks(c, e.rule_id), e.path << ":" << e.annotation_line
                                                       << ": expectation for " << e.rule_id
                                                       << " in a " << c.rule_id << " fixture");
      bool found = false;
      for (size_t i = 0; i < findings.size() && !found; ++i)
        if (!used[i] && Matches(e, findings[i])) used[i] = found = true;
      BOOST_CHECK_MESSAGE(found, e.path << ":" << e.line << ":" << e.column << " expected "
                                        << e.rule_id << " \"" << e.fragment
                                        << "\" (annotation at line " << e.annotation_line << ")");
    }
    for (size_t i = 0; i < findings.size(); ++i)
      BOOST_CHECK_MESSAGE(used[i], "unexpected finding " << Describe(findings[i]));

    DiscoveryResult again;
    const std::vector<Finding> with_all = LintCase(c, false, &again);
    BOOST_CHECK_EQUAL(with_all.size(), findings.size());
    for (size_t i = 0; i < std::min(with_all.size(), findings.size()); ++i)
      BOOST_CHECK_EQUAL(Describe(with_all[i]), Describe(findings[i]));
  }
}

}  // namespace k8slint::testing
