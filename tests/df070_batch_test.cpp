// DF070 checks the run's distinct RUN scripts in a few shellcheck processes before the
// per-file phase; each file's findings must stay those of one process per Dockerfile,
// fingerprints, caps and order included, since baselines key on fingerprints.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "linter/core/filesystem.h"
#include "linter/core/registry.h"
#include "linter/engine/discovery.h"
#include "linter/engine/engine.h"
#include "rules/df/shellcheck_cache.h"
#include "rules/df/shellcheck_runner.h"
#include "rules/registry.h"

namespace k8slint::testing {
namespace {

namespace fs = std::filesystem;

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Real Dockerfiles: every DF070 fixture and the Dockerfiles of the other DF fixtures,
// each twice (the second copy in another service folder), so scripts repeat across
// files as they do in a monorepo.
MemoryFileSystem Repo() {
  std::vector<fs::path> files;
  for (const auto& e :
       fs::recursive_directory_iterator(std::string(K8SLINT_SOURCE_DIR) + "/fixtures")) {
    const std::string name = e.path().filename().string();
    if (e.is_regular_file() && name.find("Dockerfile") != std::string::npos &&
        e.path().string().find("/fixtures/DF") != std::string::npos)
      files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  MemoryFileSystem repo;
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string text = Read(files[i]);
    repo.Add("repo/svc-" + std::to_string(i) + "/Dockerfile", text);
    repo.Add("repo/copy-" + std::to_string(i) + "/Dockerfile", text);
  }
  return repo;
}

struct Lints {
  std::vector<Finding> batched, per_file;
  std::unique_ptr<Registry> registries[2];
};

// The same inputs through Engine::Lint (with the prepare step) and Engine::LintSources
// (one shellcheck per file), each on registries of its own so no cache is shared.
void LintBoth(const MemoryFileSystem& repo, Config config, Lints* out) {
  config.only = std::vector<std::string>{"DF070"};
  for (auto& r : out->registries) BOOST_REQUIRE(BuildRegistry(config, &r).ok());
  DiscoveryResult inputs;
  BOOST_REQUIRE(Discover(repo, nullptr, {"repo"}, std::nullopt, config, &inputs).ok());
  out->batched = Engine(*out->registries[0], config).Lint(repo, inputs, 2);
  std::vector<std::unique_ptr<SourceFile>> sources;
  std::vector<const SourceFile*> views;
  for (const InputFile& in : inputs.files) {
    std::string text;
    BOOST_REQUIRE(repo.ReadFile(in.path, config.max_file_bytes, &text).ok());
    sources.push_back(std::make_unique<SourceFile>(in.path, in.kind, std::move(text)));
    views.push_back(sources.back().get());
  }
  out->per_file = Engine(*out->registries[1], config).LintSources(views);
}

std::vector<std::string> FindingLines(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings)
    out.push_back(f.path + ":" + std::to_string(f.span.begin.line) + ":" +
                  std::to_string(f.span.begin.column) + " " + std::string(f.rule->meta().id) + " " +
                  std::to_string(static_cast<int>(f.level)) + " " + f.message + " " +
                  FingerprintText(f.fingerprint) + " " + FingerprintText(f.legacy_fingerprint));
  return out;
}

BOOST_AUTO_TEST_SUITE(df070_batch)

BOOST_AUTO_TEST_CASE(batched_findings_equal_per_file_findings) {
  if (!rules::df::ShellCheckOnPath()) {
    BOOST_TEST_MESSAGE("shellcheck not on PATH: nothing to compare");
    return;
  }
  Lints lints;
  LintBoth(Repo(), Config{}, &lints);
  BOOST_TEST(lints.batched.size() >= 20u);  // the DF070 fixtures fire, twice each
  BOOST_TEST(FindingLines(lints.batched) == FindingLines(lints.per_file),
             boost::test_tools::per_element());
}

// Caps keep the first findings a file reports: equal only if the order is too.
BOOST_AUTO_TEST_CASE(capped_findings_equal_per_file_findings) {
  if (!rules::df::ShellCheckOnPath()) return;
  Config config;
  config.max_findings_per_rule = 2;
  config.max_findings_per_line = 1;
  Lints lints;
  LintBoth(Repo(), config, &lints);
  BOOST_TEST(lints.batched.size() >= 10u);
  BOOST_TEST(FindingLines(lints.batched) == FindingLines(lints.per_file),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(distinct_scripts_spread_over_jobs) {
  std::vector<std::string> texts;
  for (int i = 0; i < 70; ++i) texts.push_back("echo $step_" + std::to_string(i) + "\n");
  const auto processes = [&](int jobs, size_t n) {
    rules::df::ShellCheckCache cache;
    for (size_t i = 0; i < n; ++i) {
      cache.Add("sh", texts[i]);
      cache.Add("sh", texts[i]);  // a repeat is checked once
    }
    cache.Check(jobs);
    return cache.processes();
  };
  BOOST_TEST(processes(1, 70) == 1u);
  BOOST_TEST(processes(2, 70) == 2u);
  BOOST_TEST(processes(8, 70) == 3u);  // at least 32 scripts per process
  BOOST_TEST(processes(8, 20) == 1u);
  BOOST_TEST(processes(8, 0) == 0u);
}

BOOST_AUTO_TEST_CASE(cached_findings_are_per_script_and_dialect) {
  if (!rules::df::ShellCheckOnPath()) return;
  rules::df::ShellCheckCache cache;
  cache.Add("sh", "echo $a\n");
  cache.Add("bash", "[[ -d /app ]] && echo ok\n");
  cache.Add("sh", "[[ -d /app ]] && echo ok\n");
  cache.Check(2);
  const auto codes = [&](std::string_view dialect, std::string_view text) {
    std::vector<std::string> out;
    if (const auto* found = cache.Find(dialect, text))
      for (const auto& f : *found) out.push_back(std::to_string(f.line) + ":" + f.code);
    return out;
  };
  BOOST_TEST(codes("sh", "echo $a\n") == (std::vector<std::string>{"1:SC2154", "1:SC2086"}),
             boost::test_tools::per_element());
  BOOST_TEST(codes("bash", "[[ -d /app ]] && echo ok\n").empty());
  BOOST_TEST(codes("sh", "[[ -d /app ]] && echo ok\n") == std::vector<std::string>{"1:SC3010"},
             boost::test_tools::per_element());
  BOOST_TEST(!cache.Find("sh", "echo never added\n"));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace k8slint::testing
