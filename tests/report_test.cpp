// Reporters against golden files (tests/golden/). To update them on purpose:
//   K8SLINT_UPDATE_GOLDEN=1 build/k8slint_tests --run_test=report
#include <cstdint>
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "linter/engine/engine.h"
#include "linter/report/report.h"
#include "rules/registry.h"

namespace k8slint::report {
namespace {

const std::string kGolden = std::string(K8SLINT_SOURCE_DIR) + "/tests/golden/";

// A registry holding only the rules the sample needs, so that golden files do not
// change whenever a rule is added elsewhere.
std::unique_ptr<Registry> SmallRegistry() {
  std::vector<std::unique_ptr<Rule>> all, some;
  Config config;
  BOOST_REQUIRE(BuildAllRules(config, &all).ok());
  for (auto& r : all)
    if (r->meta().id == "K8L001" || r->meta().id == "MS002" || r->meta().id == "NR002" ||
        r->meta().id == "NR004")
      some.push_back(std::move(r));
  return std::make_unique<Registry>(std::move(some));
}

const char* kSample = "FROM golang:1.22 AS build\n"
                      "USER 10001\n"
                      "FROM debian:12-slim\n"
                      "COPY --from=builder /out/app /app\n"
                      "USER root\n"
                      "CMD [\"/app\", 'x']\n";

void CheckGolden(const std::string& name, const std::string& actual) {
  const std::string path = kGolden + name;
  if (std::getenv("K8SLINT_UPDATE_GOLDEN")) {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream expected;
  expected << in.rdbuf();
  BOOST_CHECK_MESSAGE(expected.str() == actual, name << " differs from the golden file; got:\n"
                                                     << actual);
}

struct Sample {
  Sample() : registry(SmallRegistry()), source("app/Dockerfile", InputKind::kDockerfile, kSample) {
    Engine engine(*registry, config);
    findings = engine.LintSources({&source});
  }
  Config config;
  std::unique_ptr<Registry> registry;
  SourceFile source;
  std::vector<Finding> findings;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(report)

BOOST_AUTO_TEST_CASE(text_json_sarif_github_match_golden_files) {
  Sample s;
  BOOST_REQUIRE_EQUAL(s.findings.size(), 3u);
  ReportContext ctx{*s.registry, s.findings, 1};
  ctx.root_uri = "file:///work/repo/";
  std::ostringstream text, json, sarif, github;
  WriteText(text, ctx);
  WriteJson(json, ctx);
  WriteSarif(sarif, ctx);
  WriteGithub(github, ctx);
  CheckGolden("sample.txt", text.str());
  CheckGolden("sample.json", json.str());
  CheckGolden("sample.sarif", sarif.str());
  CheckGolden("sample.github", github.str());
}

BOOST_AUTO_TEST_CASE(junit_checkstyle_gitlab_rdjson_match_golden_files) {
  Sample s;
  ReportContext ctx{*s.registry, s.findings, 1};
  ctx.read = [](const std::string& path, std::string* text) {
    if (path != "app/Dockerfile") return false;
    *text = kSample;
    return true;
  };
  std::ostringstream junit, checkstyle, gitlab, rdjson;
  WriteJunit(junit, ctx);
  WriteCheckstyle(checkstyle, ctx);
  WriteGitlab(gitlab, ctx);
  WriteRdjson(rdjson, ctx);
  CheckGolden("sample.junit.xml", junit.str());
  CheckGolden("sample.checkstyle.xml", checkstyle.str());
  CheckGolden("sample.gitlab.json", gitlab.str());
  CheckGolden("sample.rdjson", rdjson.str());
}

// GitHub rejects a result with over 1,000 locations: the log keeps 999 related ones.
BOOST_AUTO_TEST_CASE(sarif_keeps_related_locations_within_github_limit) {
  Sample s;
  std::vector<Finding> one = {s.findings.front()};
  for (uint32_t i = 1; i <= 1500; ++i)
    one.front().related.push_back({"app/Dockerfile", Span::At(i, 1), "here"});
  ReportContext ctx{*s.registry, one, 1};
  std::ostringstream sarif;
  const SarifTrim trim = WriteSarif(sarif, ctx);
  BOOST_TEST(trim.locations_dropped == 501u);
  BOOST_TEST(trim.results_dropped == 0u);
  const std::string text = sarif.str();
  BOOST_TEST(text.find("\"id\": 998") != std::string::npos);
  BOOST_TEST(text.find("\"id\": 999") == std::string::npos);
  BOOST_TEST(text.find("dropped 501 related locations") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(color_only_when_asked) {
  Sample s;
  ReportContext ctx{*s.registry, s.findings, 1};
  std::ostringstream plain, colored;
  WriteText(plain, ctx);
  ctx.color = true;
  WriteText(colored, ctx);
  BOOST_TEST(plain.str().find('\x1b') == std::string::npos);
  BOOST_TEST(colored.str().find("\x1b[31merror") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(sarif_without_results_is_still_a_full_log) {
  Sample s;
  const std::vector<Finding> none;
  ReportContext ctx{*s.registry, none, 0};
  std::ostringstream sarif;
  WriteSarif(sarif, ctx);
  BOOST_TEST(sarif.str().find("\"results\": []") != std::string::npos);
  BOOST_TEST(sarif.str().find("\"rules\": [") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(fingerprints_survive_line_moves) {
  Sample before;
  SourceFile moved("app/Dockerfile", InputKind::kDockerfile,
                   std::string("# a new comment\n\n") + kSample);
  Engine engine(*before.registry, before.config);
  const auto after = engine.LintSources({&moved});
  BOOST_REQUIRE_EQUAL(after.size(), before.findings.size());
  for (size_t i = 0; i < after.size(); ++i) {
    BOOST_TEST(after[i].span.begin.line == before.findings[i].span.begin.line + 2);
    BOOST_TEST(FingerprintText(after[i].fingerprint) ==
               FingerprintText(before.findings[i].fingerprint));
  }
}

// GitHub's workflow-command syntax: data escapes %, CR and LF; property values also
// escape ':' and ','. An unescaped ',' or ':' in a path would end the property early.
// Line breaks never reach the runner: they are shown as \r and \n first.
BOOST_AUTO_TEST_CASE(github_escapes_data_and_properties) {
  Sample s;
  Finding f;
  f.rule = s.registry->rules().front().get();
  f.level = Level::kNote;
  f.path = "a,b:c%.yaml";
  f.span = {{3, 2}, {4, 7}};
  f.message = "100% sure\r\nnext: a,b";
  const std::vector<Finding> one = {f};
  ReportContext ctx{*s.registry, one, 1};
  std::ostringstream github;
  WriteGithub(github, ctx);
  const std::string id(f.rule->meta().id), name(f.rule->meta().name);
  BOOST_TEST(github.str() ==
             "::notice file=a%2Cb%3Ac%25.yaml,line=3,col=2,endLine=4,endColumn=7,title=" + id +
                 " " + name + "::100%25 sure\\r\\nnext: a,b\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::report
