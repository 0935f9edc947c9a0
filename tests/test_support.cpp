#include "tests/test_support.h"

#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <map>

#include "linter/core/source.h"
#include "rules/registry.h"

namespace k8slint::testing {
namespace {

SourceFile SourceFor(const std::string& path, const std::string& text,
                     std::optional<InputKind> kind) {
  const size_t slash = path.find_last_of('/');
  const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash);
  return SourceFile(path,
                    kind.value_or(KindFromPath(path, path.find("values") != std::string::npos,
                                               dir.ends_with("templates"))),
                    text);
}

}  // namespace

std::unique_ptr<Linter> MakeLinter(Config config) {
  auto l = std::make_unique<Linter>();
  l->config = std::move(config);
  l->registry = RegistryFor(l->config);
  l->engine = std::make_unique<Engine>(*l->registry, l->config);
  return l;
}

std::vector<Finding> LintFolders(const Linter& linter, const FileSystem& fs,
                                 const std::vector<std::string>& folders, int jobs,
                                 DiscoveryResult* inputs) {
  BOOST_REQUIRE(Discover(fs, nullptr, folders, std::nullopt, linter.config, inputs).ok());
  return linter.engine->Lint(fs, *inputs, jobs);
}

std::vector<Finding> LintText(const std::string& path, const std::string& text,
                              const std::vector<std::string>& rules,
                              std::optional<InputKind> kind) {
  // Building the registry and the engine (every rule, the secrets prefilter) costs more
  // than linting a test's few lines, tenfold under the sanitizers: one per rule list,
  // kept for the whole run (findings point at the registry's rules). The engine is const
  // and keeps no state between runs.
  static std::map<std::vector<std::string>, std::unique_ptr<Linter>> linters;
  std::unique_ptr<Linter>& l = linters[rules];
  if (!l) {
    Config config;
    if (!rules.empty()) config.only = rules;
    l = MakeLinter(std::move(config));
  }
  const SourceFile source = SourceFor(path, text, kind);
  return l->engine->LintSources({&source});
}

std::vector<Finding> LintText(const std::string& path, const std::string& text,
                              const std::vector<std::string>& rules, std::optional<InputKind> kind,
                              Config config) {
  if (!rules.empty()) config.only = rules;
  // Findings point at their rules: keep every registry for the life of the test run.
  static std::vector<std::unique_ptr<Linter>> keep_alive;
  const Linter& l = *keep_alive.emplace_back(MakeLinter(std::move(config)));
  const SourceFile source = SourceFor(path, text, kind);
  return l.engine->LintSources({&source});
}

std::vector<std::string> Summaries(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  out.reserve(findings.size());
  for (const Finding& f : findings)
    out.push_back(std::to_string(f.span.begin.line) + ":" + std::to_string(f.span.begin.column) +
                  " " + std::string(f.rule->meta().id));
  return out;
}

std::string RunShell(const std::string& command) {
  std::string out;
  if (FILE* p = popen(command.c_str(), "r")) {
    char buf[4096];
    for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
    pclose(p);
  }
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
