// Baseline: the file format, count-aware filtering, malformed files, and
// fingerprints that survive unrelated edits but not a change to the offending line.
#include <cstdint>
#include <boost/test/unit_test.hpp>

#include "linter/core/hash.h"
#include "linter/engine/baseline.h"
#include "tests/secrets_test_tokens.h"
#include "tests/test_support.h"

namespace k8slint::testing {
namespace {

std::string AsIs(const std::string& path) { return path; }

const char* kDockerfile = "FROM python:3.12-slim\n"
                          "WORKDIR /app\n"
                          "RUN pip install -r requirements.txt\n"
                          "USER root\n";

std::vector<Finding> LintForBaseline(const std::string& text) {
  return LintText("app/Dockerfile", text, {"NR002", "MS001"});
}

size_t NewFindings(const std::string& before, const std::string& after) {
  Baseline b;
  BOOST_REQUIRE(
      Baseline::Parse("b.json", Baseline::Serialize(LintForBaseline(before), AsIs), &b).ok());
  std::vector<Finding> now = LintForBaseline(after);
  b.Filter(AsIs, &now);
  return now.size();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(baseline)

BOOST_AUTO_TEST_CASE(file_is_sorted_stable_and_holds_no_messages) {
  const std::vector<Finding> found = LintForBaseline(kDockerfile);
  BOOST_REQUIRE_EQUAL(found.size(), 2u);
  const std::string text = Baseline::Serialize(found, AsIs);
  const std::vector<Finding> reversed(found.rbegin(), found.rend());
  BOOST_TEST(Baseline::Serialize(reversed, AsIs) == text);
  BOOST_TEST(text.starts_with("{\n  \"version\": 2,\n  \"findings\": [\n    {\"rule\": \"MS001\", "
                              "\"path\": \"app/Dockerfile\", \"fingerprint\": \""));
  BOOST_TEST(text.find("root") == std::string::npos);  // no message, no line text
  BOOST_TEST(Baseline::Serialize({}, AsIs) == "{\n  \"version\": 2,\n  \"findings\": []\n}\n");
}

BOOST_AUTO_TEST_CASE(unrelated_edits_and_line_moves_add_nothing) {
  const std::string moved =
      std::string("# syntax=docker/dockerfile:1\n\n") + kDockerfile + "ENV MODE=production\n";
  std::string edited = moved;
  edited.replace(edited.find("/app"), 4, "/srv");
  BOOST_TEST(NewFindings(kDockerfile, moved) == 0u);
  BOOST_TEST(NewFindings(kDockerfile, edited) == 0u);
  // Changing the offending line makes it a new finding.
  std::string changed = kDockerfile;
  changed.replace(changed.find("USER root"), 9, "USER 0");
  BOOST_TEST(NewFindings(kDockerfile, changed) == 1u);
}

BOOST_AUTO_TEST_CASE(filtering_counts_identical_findings) {
  // Two Deployments whose containers read the same: PR001 fires on two equal lines.
  std::string two;
  for (const char* name : {"a", "b"})
    two += std::string("---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ") + name +
           "\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n"
           "        image: ghcr.io/acme/app:1.0\n";
  const auto found = LintText("deploy.yaml", two, {"PR001"});
  BOOST_REQUIRE_EQUAL(found.size(), 2u);
  // Identical lines get distinct fingerprints (an occurrence index) ...
  BOOST_TEST(FingerprintText(found[0].fingerprint) != FingerprintText(found[1].fingerprint));
  // ... and a baseline entry absorbs one finding only, like ruff and semgrep.
  Baseline b;
  const std::vector<Finding> first = LintForBaseline(kDockerfile);
  std::vector<Finding> doubled = first;
  doubled.insert(doubled.end(), first.begin(), first.end());
  BOOST_REQUIRE(Baseline::Parse("b.json", Baseline::Serialize(first, AsIs), &b).ok());
  BOOST_TEST(b.size() == 2u);
  BOOST_TEST(b.Filter(AsIs, &doubled) == 2u);
  BOOST_TEST(doubled.size() == 2u);
}

BOOST_AUTO_TEST_CASE(paths_are_matched_through_the_mapper) {
  Baseline b;
  const std::vector<Finding> found = LintForBaseline(kDockerfile);
  auto strip = [](const std::string& p) { return p.starts_with("./") ? p.substr(2) : p; };
  BOOST_REQUIRE(Baseline::Parse("b.json", Baseline::Serialize(found, strip), &b).ok());
  std::vector<Finding> again = found;
  for (Finding& f : again) f.path = "./" + f.path;
  b.Filter(strip, &again);
  BOOST_TEST(again.empty());
}

BOOST_AUTO_TEST_CASE(malformed_files_are_config_errors_naming_the_file) {
  const char* cases[][2] = {
      {"", "invalid JSON"},
      {"[]", "expected a JSON object"},
      {"{\"findings\": []}", "no \"version\" number"},
      {"{\"version\": 3, \"findings\": []}", "version 3 is not supported"},
      {"{\"version\": 0, \"findings\": []}", "regenerate it with --write-baseline"},
      {"{\"version\": 1}", "no \"findings\" array"},
      {"{\"version\": 1, \"findings\": [1]}", "entry 1 is not an object"},
      {"{\"version\": 1, \"findings\": [{\"rule\": \"NR002\", \"path\": \"a\"}]}",
       "entry 1 has no \"fingerprint\" string"},
  };
  for (const auto& [text, why] : cases) {
    BOOST_TEST_CONTEXT(text) {
      Baseline b;
      const Status s = Baseline::Parse("ci/baseline.json", text, &b);
      BOOST_TEST(!s.ok());
      BOOST_TEST(s.message().starts_with("ci/baseline.json: not a k8slint baseline: "));
      BOOST_TEST(s.message().find(why) != std::string::npos, s.message());
    }
  }
  Baseline b;
  const Status missing = Baseline::Load("/nonexistent/baseline.json", &b);
  BOOST_TEST(!missing.ok());
  BOOST_TEST(missing.message() ==
             "/nonexistent/baseline.json: cannot read the baseline file: no such file or folder");
}

// Version 1 keyed a secret finding by a fast hash of the secret: rule, NUL, that hash,
// NUL, occurrence. Such a file, written before secrets were masked, still absorbs the
// finding; a version-2 file never holds that hash.
BOOST_AUTO_TEST_CASE(version_1_secret_fingerprints_still_match) {
  const std::string token = "ghp_" + Random(kAlnum, 36, 31);
  const auto lint = [&] { return LintText(".env", "GITHUB_TOKEN=" + token + "\n", {"SE003"}); };
  uint64_t h = Fnv1a("SE003");
  h = Fnv1a(std::string_view("\0", 1), h);
  h = Fnv1a(HexHash(Fnv1a(token)), h);
  h = Fnv1a(std::string_view("\0", 1), h);
  const std::string v1 = HexHash(Fnv1a("0", h));
  const std::string file = "{\"version\": 1, \"findings\": [{\"rule\": \"SE003\", \"path\": "
                           "\".env\", \"fingerprint\": \"" +
                           v1 + "\"}]}";
  Baseline b;
  BOOST_REQUIRE(Baseline::Parse("b.json", file, &b).ok());
  BOOST_TEST(b.version() == 1);
  std::vector<Finding> now = lint();
  BOOST_REQUIRE_EQUAL(now.size(), 1u);
  BOOST_TEST(FingerprintText(now[0].fingerprint) != v1);
  BOOST_TEST(b.Filter(AsIs, &now) == 1u);
  const std::string v2 = Baseline::Serialize(lint(), AsIs);
  BOOST_TEST(v2.find(v1) == std::string::npos);
  BOOST_TEST(v2.find(HexHash(Fnv1a(token))) == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
