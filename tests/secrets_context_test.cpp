// Context rules: suppressions stay on their line, committed .env files by git status,
// key-name and value judgements.
#include <boost/test/unit_test.hpp>

#include "linter/engine/engine.h"
#include "linter/models/secrets/assignments.h"
#include "linter/models/secrets/in_text.h"
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

// Each documented non-secret class (docs/secrets-contexts.md), and values beside them that
// are secrets and must stay so.
BOOST_AUTO_TEST_CASE(non_secret_classes) {
  for (const char* v : {"YourPingdomApiToken",
                        "GOOGLE_API_KEY_VAL",
                        "DB_PASSWORD",
                        "PERSONAL_ACCESS_TOKEN",
                        "MyJwtSecretHere",
                        "ApiKeyHere",
                        "mypassword",
                        "SuperSecretPassword123",
                        "pass",
                        "PASSWORD",
                        "12345678",
                        "abcdef123456",
                        "abc123XYZ",
                        "qwerty123",
                        "abcabcabc",
                        "Ab1!Ab1!",
                        "%s",
                        "%(password)s",
                        "{0}",
                        "{}",
                        "{password}",
                        "[PASSWORD]",
                        "$1",
                        ":password",
                        "?",
                        "scram-sha-256",
                        "SCRAM-SHA-256",
                        "md5",
                        "trust",
                        "HS256",
                        "aes-256-gcm",
                        "changeme"})
    BOOST_CHECK_MESSAGE(secrets::IsNonSecretValue(v), v);
  for (const char* v :
       {"Sup3r-S3cret-Passw0rd", "Xy7#kP2!q", "q9ZrK8sLint7vLp2Xw", "Qm7vR2xL9pKw4Tz", "hunter2Go!",
        "K7QX-9ZP2-M4TT", "Pg7x!Lq2Vm9zR", "N3xus-d3pl0y-Kq8v", "9Me4It7!"})
    BOOST_CHECK_MESSAGE(!secrets::IsNonSecretValue(v), v);
  const std::string sha = "3f1c8e2a9b7d4c6e5f0a1b2c3d4e5f6a7b8c9d0e";
  const std::string uuid = "72f988bf-86f1-41af-91ab-2d7cd011db47";
  BOOST_CHECK(secrets::IsIdentifierValue("TOKEN_COMMIT", sha));
  BOOST_CHECK(secrets::IsIdentifierValue("AZURE_TENANT_ID", uuid));
  BOOST_CHECK(
      secrets::IsIdentifierValue("imageDigest", "sha256:" + sha + "0123456789abcdef01234567"));
  BOOST_CHECK(!secrets::IsIdentifierValue("apiKey", uuid));  // UUID keys exist
  BOOST_CHECK(!secrets::IsIdentifierValue("TOKEN_COMMIT", "Qm7vR2xL9pKw4Tz"));
  BOOST_CHECK(!secrets::IsSecretValueFor("PINGDOM_API_TOKEN", "YourPingdomApiToken"));
  BOOST_CHECK(secrets::IsSecretValueFor("PINGDOM_API_TOKEN", "Qm7vR2xL9pKw4Tz"));
  BOOST_CHECK(!secrets::IsSecretValueFor("PassStateEntered", "PassStateEntered"));
}

BOOST_AUTO_TEST_CASE(assignments_by_syntax) {
  const auto keys = [](std::string_view line, secrets::Syntax syntax) {
    std::vector<Assignment> found;
    secrets::FindAssignments(line, syntax, &found);
    std::string out;
    for (const Assignment& a : found) out += std::string(a.key) + "=" + std::string(a.value) + ";";
    return out;
  };
  using S = secrets::Syntax;
  BOOST_CHECK_EQUAL(keys("spring.datasource.password=abc", S::kConfig),
                    "spring.datasource.password=abc;");
  BOOST_CHECK_EQUAL(keys("const apiToken = \"abc\";", S::kCode), "apiToken=abc;");
  BOOST_CHECK_EQUAL(keys("signingKey := \"abc\"", S::kCode), "signingKey=abc;");
  BOOST_CHECK_EQUAL(keys("val apiKey: String = \"abc\"", S::kCode), "apiKey=abc;");
  BOOST_CHECK_EQUAL(keys("TOKEN ?= abc", S::kConfig), "TOKEN=abc;");
  BOOST_CHECK_EQUAL(keys("\"password\": \"abc\",", S::kJson), "password=abc;");
  BOOST_CHECK_EQUAL(keys("<password>abc</password>", S::kXml), "password=abc;");
  BOOST_CHECK_EQUAL(keys("<add key=\"DbPassword\" value=\"abc\" />", S::kXml),
                    "key=DbPassword;value=abc;DbPassword=abc;");
  BOOST_CHECK_EQUAL(keys("run --token=abc --password def", S::kFlags), "token=abc;password=def;");
  // Expressions are not literals.
  BOOST_CHECK_EQUAL(keys("password: process.env.DB_PASSWORD,", S::kCode), "");
  BOOST_CHECK_EQUAL(keys("password = os.getenv(\"X\")", S::kConfig), "");
  BOOST_CHECK_EQUAL(keys("token: someVariable", S::kCode), "");
  BOOST_CHECK_EQUAL(keys("password = cfg.db.password", S::kAny), "");
  BOOST_CHECK(secrets::SyntaxOfName("application.properties") == S::kConfig);
  BOOST_CHECK(secrets::SyntaxOfName("config.json") == S::kJson);
  BOOST_CHECK(secrets::SyntaxOfName("settings.xml") == S::kXml);
  BOOST_CHECK(secrets::SyntaxOfName("config.js") == S::kCode);
  BOOST_CHECK(secrets::SyntaxOfName("notes") == S::kAny);
}

// A random password under a secret-sounding name is found in every context SE022 reads,
// and no message prints it.
BOOST_AUTO_TEST_CASE(generated_passwords_in_every_context) {
  for (unsigned seed = 100; seed < 120; ++seed) {
    const std::string pw = Random(kAlnum, 10, seed) + "-" + Random(kAlnum, 6, seed + 1000);
    if (secrets::IsNonSecretValue(pw) || !secrets::LooksLikeSecretValue(pw)) continue;
    const std::vector<std::pair<std::string, std::string>> contexts = {
        {"cm.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  application.properties: |\n"
                    "    spring.datasource.password=" +
                        pw + "\n"},
        {"cm.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  config.json: |\n"
                    "    {\"apiKey\": \"" +
                        pw + "\"}\n"},
        {"cm.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  settings.xml: |\n"
                    "    <server><password>" +
                        pw + "</password></server>\n"},
        {"README.md", "# x\n\n```json\n{\"password\": \"" + pw + "\"}\n```\n"},
        {"README.md", "# x\n\n```\n./run --token=" + pw + "\n```\n"},
        {"README.md", "# x\n\n```go\nsecret := \"" + pw + "\"\n```\n"},
        {"config.js", "const apiToken = '" + pw + "';\n"},
        {"deploy.yaml", "spec:\n  args:\n    - --db-password=" + pw + "\n"},
    };
    for (const auto& [path, text] : contexts) {
      const auto findings = LintText(path, text, {"SE022"});
      BOOST_CHECK_MESSAGE(findings.size() == 1, path << ": " << text);
      for (const Finding& f : findings)
        BOOST_CHECK_MESSAGE(f.message.find(pw) == std::string::npos, f.message);
      // The Redactor finds the value in a message quoting the line.
      ByteRanges ranges;
      secrets::FindSecretAssignments(text, &ranges);
      bool covered = false;
      for (const auto& [b, e] : ranges) covered = covered || text.substr(b, e - b) == pw;
      BOOST_CHECK_MESSAGE(covered, "not redacted: " << text);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
