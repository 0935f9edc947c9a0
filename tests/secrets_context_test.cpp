// Context rules: suppressions stay on their line, committed .env files by git status,
// key-name and value judgements.
#include <boost/test/unit_test.hpp>

#include "linter/engine/engine.h"
#include "linter/models/secrets/values.h"
#include "tests/secrets_test_tokens.h"
#include "tests/test_support.h"
#include "rules/registry.h"

namespace k8slint::testing {
namespace {

std::vector<Finding> LintWithVcs(const std::string& path, const std::string& text, VcsStatus vcs) {
  Config config;
  config.only = std::vector<std::string>{"SE024"};
  static std::vector<std::unique_ptr<Registry>> keep;  // findings point at rules
  std::unique_ptr<Registry> registry;
  BOOST_REQUIRE(BuildRegistry(config, &registry).ok());
  SourceFile source(path, InputKind::kEnv, text);
  source.set_vcs(vcs);
  Engine engine(*registry, config);
  auto out = engine.LintSources({&source});
  keep.push_back(std::move(registry));
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(secrets_context)

BOOST_AUTO_TEST_CASE(suppressed_line_does_not_hide_other_lines) {
  const std::string a = "ghp_" + Random(kAlnum, 36, 31), b = "ghp_" + Random(kAlnum, 36, 32),
                    c = "ghp_" + Random(kAlnum, 36, 33);
  const auto findings = LintText(".env",
                                 "A=" + a +
                                     " # gitleaks:allow\n"
                                     "B=" +
                                     b +
                                     "\n"
                                     "# k8slint ignore=SE003\n"
                                     "C=" +
                                     c +
                                     "\n"
                                     "D=" +
                                     a + "\n",
                                 {"SE"});
  std::vector<std::string> want = {"2:3 SE003", "5:3 SE003"};
  std::vector<std::string> got;
  for (const std::string& s : Summaries(findings))
    if (s.find("SE024") == std::string::npos) got.push_back(s);
  BOOST_CHECK_EQUAL_COLLECTIONS(got.begin(), got.end(), want.begin(), want.end());
}

BOOST_AUTO_TEST_CASE(gitleaks_allow_covers_only_secrets_rules) {
  const auto findings = LintText(".env", "A='x # gitleaks:allow\n", {"K8L001"});
  BOOST_CHECK_EQUAL(findings.size(), 1u);
}

BOOST_AUTO_TEST_CASE(committed_env_by_git_status) {
  const std::string text = "DATABASE_URL=postgres://localhost/app\n";
  auto tracked = LintWithVcs(".env", text, VcsStatus::kTracked);
  BOOST_REQUIRE_EQUAL(tracked.size(), 1u);
  BOOST_CHECK(tracked[0].message.find("tracked by git") != std::string::npos);
  auto untracked = LintWithVcs(".env", text, VcsStatus::kUntracked);
  BOOST_REQUIRE_EQUAL(untracked.size(), 1u);
  BOOST_CHECK(untracked[0].message.find("not ignored by .gitignore") != std::string::npos);
  BOOST_CHECK(LintWithVcs(".env", text, VcsStatus::kIgnored).empty());
  auto outside = LintWithVcs(".env", text, VcsStatus::kNoRepository);
  BOOST_REQUIRE_EQUAL(outside.size(), 1u);
  BOOST_CHECK(outside[0].message.find("not inside a git repository") != std::string::npos);
  BOOST_CHECK(LintWithVcs(".env.example", text, VcsStatus::kTracked).empty());
  BOOST_CHECK(LintWithVcs(".env", "A=\nB=changeme\n", VcsStatus::kTracked).empty());
}

BOOST_AUTO_TEST_CASE(key_names) {
  for (const char* k :
       {"password", "DB_PASSWORD", "dbPass", "apiKey", "API_KEY", "clientSecret", "GITHUB_TOKEN",
        "auth", "privateKey", "SIGNING_KEY", "credentials", "PASSWORD2"})
    BOOST_CHECK_MESSAGE(secrets::IsSecretKeyName(k), k);
  for (const char* k : {"secretName", "tokenUrl", "passwordFile", "publicKey", "existingSecret",
                        "key", "cacheKey", "author", "bypass", "TOKEN_TTL", "AWS_ACCESS_KEY_ID",
                        "secretKeyRef", "NEXT_PUBLIC_API_KEY", "username"})
    BOOST_CHECK_MESSAGE(!secrets::IsSecretKeyName(k), k);
}

BOOST_AUTO_TEST_CASE(values) {
  for (const char* v :
       {"Sup3r-S3cret-Passw0rd", "Xy7#kP2!q", "q9ZrK8sLint7vLp2Xw", "0a1b2c3d4e5f6a7b8c9d"})
    BOOST_CHECK_MESSAGE(secrets::LooksLikeSecretValue(v), v);
  for (const char* v : {"",
                        "changeme",
                        "CHANGE_ME",
                        "<your-password>",
                        "${DB_PASSWORD}",
                        "$(cat x)",
                        "{{ .Values.x }}",
                        "%PASSWORD%",
                        "xxxxxxxx",
                        "REPLACE_ME",
                        "dummy-secret",
                        "/run/secrets/db",
                        "C:\\secrets\\db.txt",
                        "true",
                        "12345678",
                        "hunter22",
                        "my-app-secret",
                        "https://example.com",
                        "admin@example.com",
                        "two words here",
                        "sk-...",
                        "***",
                        "aaaaaaaaaaaa",
                        "op://vault/item/field"})
    BOOST_CHECK_MESSAGE(!secrets::LooksLikeSecretValue(v), v);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
