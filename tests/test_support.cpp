#include "tests/test_support.h"

#include <boost/test/unit_test.hpp>

#include "linter/core/source.h"
#include "rules/registry.h"

namespace k8slint::testing {

std::vector<Finding> LintText(const std::string& path, const std::string& text,
                              const std::vector<std::string>& rules, std::optional<InputKind> kind,
                              Config config) {
  if (!rules.empty()) config.only = rules;
  std::unique_ptr<Registry> registry;
  Status s = BuildRegistry(config, &registry);
  BOOST_REQUIRE_MESSAGE(s.ok(), s.message());
  const size_t slash = path.find_last_of('/');
  const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash);
  SourceFile source(path,
                    kind.value_or(KindFromPath(path, path.find("values") != std::string::npos,
                                               dir.ends_with("templates"))),
                    text);
  Engine engine(*registry, config);
  std::vector<Finding> findings = engine.LintSources({&source});
  // Findings point at their rules: keep every registry for the life of the test run.
  static std::vector<std::unique_ptr<Registry>> keep_alive;
  keep_alive.push_back(std::move(registry));
  return findings;
}

std::vector<std::string> Summaries(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  out.reserve(findings.size());
  for (const Finding& f : findings)
    out.push_back(std::to_string(f.span.begin.line) + ":" + std::to_string(f.span.begin.column) +
                  " " + std::string(f.rule->meta().id));
  return out;
}

std::unique_ptr<Registry> RegistryFor(const Config& config) {
  std::unique_ptr<Registry> r;
  const Status s = BuildRegistry(config, &r);
  BOOST_REQUIRE_MESSAGE(s.ok(), s.message());
  return r;
}

const Registry& Catalogue() {
  static const std::unique_ptr<Registry> registry = RegistryFor(Config{});
  return *registry;
}

}  // namespace k8slint::testing
