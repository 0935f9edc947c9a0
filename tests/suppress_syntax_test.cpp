// Suppression syntax: rule lists, expiry dates, reasons, scopes, peers' forms,
// per-container annotations and unused-suppression reporting.
#include <boost/test/unit_test.hpp>

#include <chrono>

#include "linter/core/iso_date.h"
#include "linter/core/registry.h"
#include "linter/engine/file_models.h"
#include "linter/engine/suppress.h"
#include "linter/models/secrets/scanner.h"
#include "tests/test_support.h"
#include "rules/registry.h"

namespace k8slint::testing {
namespace {

Suppressions Scan(const Registry& registry, const std::string& path, InputKind kind,
                  const std::string& text, const char* today = "2026-06-15") {
  static std::vector<std::unique_ptr<SourceFile>> keep_alive;  // spans point into it
  static const Config config;
  static const secrets::Scanner scanner({});  // suppressions need no detectors
  keep_alive.push_back(std::make_unique<SourceFile>(path, kind, text));
  const FileModels models(*keep_alive.back(), config, scanner);
  return ScanSuppressions(models, registry, *ParseIsoDate(today));
}

std::vector<std::string> Problems(const Suppressions& s) {
  std::vector<std::string> out;
  for (const SuppressionProblem& p : s.problems)
    out.push_back(std::to_string(p.span.begin.line) + ":" + std::to_string(p.span.begin.column) +
                  " " + std::string(p.rule_id));
  return out;
}

Config On(const char* today) {
  Config c;
  c.today = today;
  return c;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(suppress_syntax)

BOOST_AUTO_TEST_CASE(dates_are_strict_calendar_days) {
  BOOST_TEST(ParseIsoDate("2024-02-29").has_value());
  BOOST_TEST(FormatIsoDate(*ParseIsoDate("2024-02-29")) == "2024-02-29");
  BOOST_TEST(*ParseIsoDate("1970-01-02") == 1);
  for (const char* bad : {"2023-02-29", "2027-13-01", "2027-00-10", "2027-1-31", "27-01-31",
                          "2027/01/31", "2027-01-31x", "", "tomorrow", "2027-01-3\xff"})
    BOOST_TEST_CONTEXT(bad) { BOOST_TEST(!ParseIsoDate(bad).has_value()); }
}

// TodayUtc reads the clock with a system call of its own: it must agree with the C++ clock.
BOOST_AUTO_TEST_CASE(today_is_the_utc_day_of_the_system_clock) {
  const auto day = [] {
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return static_cast<int32_t>(now.time_since_epoch().count());
  };
  const int32_t before = day();
  const int32_t today = TodayUtc();
  const int32_t after = day();
  BOOST_TEST((today == before || today == after));  // midnight may pass between the calls
  BOOST_TEST(today > *ParseIsoDate("2024-01-01"));
}

BOOST_AUTO_TEST_CASE(pragma_text_has_rules_options_and_reason) {
  PragmaText p = ParsePragmaText("NR001, NR002 ,MS until=2027-01-31 -- waiting for upstream");
  BOOST_REQUIRE_EQUAL(p.rules.size(), 3u);
  BOOST_TEST(p.rules[1].text == "NR002");
  BOOST_TEST(p.rules[1].offset == 7u);
  BOOST_TEST(p.rules[2].text == "MS");
  BOOST_REQUIRE(p.until.has_value());
  BOOST_TEST(p.until->text == "until=2027-01-31");
  BOOST_TEST(p.reason == "waiting for upstream");

  p = ParsePragmaText("NR002 because the init step needs root");
  BOOST_TEST(p.rules.size() == 1u);
  BOOST_TEST(p.reason == "because the init step needs root");
  BOOST_TEST(!p.until.has_value());

  p = ParsePragmaText("NR002 untill=2027-01-31 until=2027-02-01");
  BOOST_REQUIRE_EQUAL(p.unknown_options.size(), 1u);
  BOOST_TEST(p.unknown_options[0].text == "untill=2027-01-31");
  BOOST_TEST(p.until->text == "until=2027-02-01");

  p = ParsePragmaText("--reason only");
  BOOST_TEST(p.rules.empty());
  BOOST_TEST(p.reason == "reason only");
}

BOOST_AUTO_TEST_CASE(scan_records_scope_reason_and_expiry) {
  auto registry = RegistryFor(Config{});
  const Suppressions s = Scan(*registry, "Dockerfile", InputKind::kDockerfile,
                              "# k8slint ignore-file=MS001 -- single stage on purpose\n"
                              "FROM python:3.12-slim AS build\n"
                              "RUN make\n"
                              "\n"
                              "# k8slint ignore-stage=NR002 until=2026-06-15\n"
                              "FROM python:3.12-slim\n"
                              "# k8slint ignore=NR003 until=2026-06-14 -- expired yesterday\n"
                              "USER root\n");
  BOOST_REQUIRE_EQUAL(s.entries.size(), 3u);
  const Suppression& file = s.entries[0];
  BOOST_TEST((file.scope == SuppressionScope::kFile));
  BOOST_TEST(file.first_line == 1u);
  BOOST_TEST(file.last_line == 8u);
  BOOST_TEST(file.reason == "single stage on purpose");
  BOOST_TEST(file.active);

  const Suppression& stage = s.entries[1];
  BOOST_TEST((stage.scope == SuppressionScope::kStage));
  BOOST_TEST(stage.first_line == 6u);
  BOOST_TEST(stage.last_line == 8u);
  BOOST_TEST(stage.active);  // until= is inclusive: it still applies on that day
  BOOST_TEST(stage.reason.empty());

  const Suppression& line = s.entries[2];
  BOOST_TEST(line.first_line == 8u);
  BOOST_TEST(!line.active);
  BOOST_TEST(line.targets[0].span.begin.column == 18u);
  BOOST_TEST(Problems(s) == std::vector<std::string>{"7:24 K8L005"});
}

BOOST_AUTO_TEST_CASE(a_stage_ends_before_the_next_from) {
  auto registry = RegistryFor(Config{});
  const Suppressions s = Scan(*registry, "Dockerfile", InputKind::kDockerfile,
                              "# k8slint ignore-stage=NR002\n"
                              "FROM debian:12 AS build\n"
                              "RUN <<EOF\n"
                              "FROM inside a heredoc is not a stage\n"
                              "EOF\n"
                              "USER root\n"
                              "FROM python:3.12-slim\n"
                              "USER root\n");
  BOOST_REQUIRE_EQUAL(s.entries.size(), 1u);
  BOOST_TEST(s.entries[0].first_line == 2u);
  BOOST_TEST(s.entries[0].last_line == 6u);
  auto found =
      Summaries(LintText("Dockerfile",
                         "# k8slint ignore-stage=NR002\nFROM debian:12 AS build\nUSER root\n"
                         "FROM python:3.12-slim\nUSER root\n",
                         {"NR002"}));
  BOOST_TEST(found == std::vector<std::string>{"5:1 NR002"});
}

BOOST_AUTO_TEST_CASE(malformed_suppressions_fail_closed) {
  auto registry = RegistryFor(Config{});
  const char* cases[][2] = {
      {"FROM x\n# k8slint ignore=NR002 until=2027-02-30\nUSER root\n", "2:24 K8L007"},
      {"FROM x\n# k8slint ignore=NR002 expires=2027-01-01\nUSER root\n", "2:24 K8L007"},
      {"FROM x\n# k8slint ignore NR002\nUSER root\n", "2:3 K8L007"},
      {"FROM x\n# k8slint ignore-file=NR002\nUSER root\n", "2:3 K8L007"},
      {"FROM x\n# k8slint ignore-stage=NR002\nUSER root\n", "2:3 K8L007"},
  };
  for (const auto& [text, problem] : cases) {
    BOOST_TEST_CONTEXT(text) {
      const Suppressions s = Scan(*registry, "Dockerfile", InputKind::kDockerfile, text);
      BOOST_TEST(Problems(s) == std::vector<std::string>{problem});
      // Nothing is silenced: the finding shows next to the complaint.
      BOOST_TEST(Summaries(LintText("Dockerfile", text, {"NR002"})) ==
                 std::vector<std::string>{"3:1 NR002"});
    }
  }
}

BOOST_AUTO_TEST_CASE(expiry_follows_the_injected_day) {
  const std::string text =
      "FROM x\n# k8slint ignore=NR002 until=2027-01-31 -- upstream\nUSER root\n";
  BOOST_TEST(
      LintText("Dockerfile", text, {"NR002", "K8L005"}, std::nullopt, On("2027-01-31")).empty());
  auto found = LintText("Dockerfile", text, {"NR002", "K8L005"}, std::nullopt, On("2027-02-01"));
  BOOST_TEST(Summaries(found) == (std::vector<std::string>{"2:24 K8L005", "3:1 NR002"}));
  BOOST_TEST(found[0].message.find("expired on 2027-01-31") != std::string::npos);
  BOOST_TEST(found[0].message.find("(reason given: upstream)") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(reasons_in_messages_never_carry_a_token) {
  const std::string token = "ghp_" + std::string(36, 'a') + "1";
  const std::string text =
      "FROM x\n# k8slint ignore=NR002 until=2020-01-01 -- " + token + " was revoked\nUSER root\n";
  auto found = LintText("Dockerfile", text, {"K8L005"});
  BOOST_REQUIRE_EQUAL(found.size(), 1u);
  BOOST_TEST(found[0].message.find(token) == std::string::npos);
  BOOST_TEST(found[0].message.find("(redacted, 41 chars) was revoked") != std::string::npos,
             found[0].message);
}

BOOST_AUTO_TEST_CASE(pragmas_count_only_in_comments) {
  // Prose that quotes a pragma silences nothing and names no unknown rule.
  const std::string md = "Suppress with `# k8slint ignore=NR999` on the line above.\n";
  BOOST_TEST(LintText("guide.md", md, {"K8L003"}).empty());
  const std::string yaml =
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n"
      "  - name: a\n    image: nginx:latest # k8slint ignore=KM003 -- pinned by the chart\n";
  BOOST_TEST(LintText("pod.yaml", yaml, {"KM003"}).empty());
  const std::string md_comment =
      "<!-- k8slint ignore-file=PS001 -->\n\n```powershell\nexport A=1\n```\n";
  BOOST_TEST(LintText("guide.md", md_comment, {"PS001"}).empty());
}

BOOST_AUTO_TEST_CASE(peer_forms_keep_working) {
  BOOST_TEST(
      LintText("Dockerfile", "# hadolint global ignore=DL3002\nFROM x\nUSER root\n", {"NR002"})
          .empty());
  BOOST_TEST(
      LintText("Dockerfile", "FROM x\n# hadolint ignore=DL3002\nUSER root\n", {"NR002"}).empty());
  BOOST_TEST(
      LintText("Dockerfile", "FROM x\n# k8slint ignore=root-user\nUSER root\n", {"NR002"}).empty());
}

const char* kTwoContainers = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      annotations:
        container.k8slint.io/worker: "PR001 until=2027-01-31 -- no HTTP endpoint"
    spec:
      containers:
      - name: web
        image: ghcr.io/acme/web:1.0
      - name: worker
        image: ghcr.io/acme/worker:1.0
        command:
        - run
)";

BOOST_AUTO_TEST_CASE(container_annotation_silences_one_container) {
  auto found =
      Summaries(LintText("deploy.yaml", kTwoContainers, {"PR001"}, std::nullopt, On("2027-01-01")));
  BOOST_TEST(found == std::vector<std::string>{"12:9 PR001"});
  // Expired: both containers are reported again, and the annotation is.
  found = Summaries(
      LintText("deploy.yaml", kTwoContainers, {"PR001", "K8L005"}, std::nullopt, On("2027-02-01")));
  BOOST_TEST(found == (std::vector<std::string>{"9:9 K8L005", "12:9 PR001", "14:9 PR001"}));
}

BOOST_AUTO_TEST_CASE(unused_suppressions_are_reported_only_when_judged) {
  const std::string text = "FROM x\n# k8slint ignore=NR002,NR003 -- init\nUSER 10001\n";
  // NR002 ran and found nothing; NR003 (non-numeric USER) did not run.
  auto found = LintText("Dockerfile", text, {"NR002", "K8L006"});
  BOOST_TEST(Summaries(found) == std::vector<std::string>{"2:18 K8L006"});
  BOOST_TEST(found[0].message.find("'NR002' silenced nothing on line 3") != std::string::npos);
  // Off by default.
  BOOST_TEST(LintText("Dockerfile", text).size() ==
             LintText("Dockerfile", "FROM x\nUSER 10001\n").size());
  // The comment cannot vouch for itself ...
  const std::string self = "FROM x\n# k8slint ignore=NR002,K8L006\nUSER 10001\n";
  BOOST_TEST(Summaries(LintText("Dockerfile", self, {"NR002", "K8L006"})) ==
             std::vector<std::string>{"2:18 K8L006"});
  // ... but a file-level suppression can.
  const std::string file =
      "# k8slint ignore-file=K8L006\nFROM x\n# k8slint ignore=NR002\nUSER 10001\n";
  BOOST_TEST(LintText("Dockerfile", file, {"NR002", "K8L006"}).empty());
  // An expired suppression is reported as expired, not also as unused.
  const std::string expired = "FROM x\n# k8slint ignore=NR002 until=2020-01-01\nUSER 10001\n";
  BOOST_TEST(Summaries(LintText("Dockerfile", expired, {"NR002", "K8L005", "K8L006"})) ==
             std::vector<std::string>{"2:24 K8L005"});
}

BOOST_AUTO_TEST_CASE(annotation_targets_are_checked) {
  const std::string unknown = R"(apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations:
    ignore-check.k8slint.io/NR999: "typo"
    ignore-check.kube-linter.io/no-such-check: "kube-linter's business"
spec:
  containers:
  - name: a
    image: ghcr.io/acme/a:1.0
)";
  BOOST_TEST(Summaries(LintText("pod.yaml", unknown, {"K8L003"})) ==
             std::vector<std::string>{"6:5 K8L003"});
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
