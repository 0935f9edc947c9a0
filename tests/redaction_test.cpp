// Redaction: the helper, --no-redact, fingerprints that follow the secret, and the
// binary's four report formats never carrying a full secret.
#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "linter/core/hash.h"
#include "linter/core/redact.h"
#include "linter/models/secrets/in_text.h"
#include "tests/secrets_test_tokens.h"
#include "tests/test_support.h"

namespace k8slint::testing {
BOOST_AUTO_TEST_SUITE(redaction)

BOOST_AUTO_TEST_CASE(prefix_and_length) {
  BOOST_CHECK_EQUAL(Redact("sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLM"),
                    "sk-p\xE2\x80\xA6(redacted, 57 chars)");
  BOOST_CHECK_EQUAL(Redact("Sup3rS3cret1"), "Su\xE2\x80\xA6(redacted, 12 chars)");
  BOOST_CHECK_EQUAL(Redact("hunter2"), "\xE2\x80\xA6(redacted, 7 chars)");
  BOOST_CHECK_EQUAL(Redact("x"), "\xE2\x80\xA6(redacted, 1 char)");
  BOOST_CHECK_EQUAL(Redact("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                           "abcdefghijklmnopqr"),
                    "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xE2\x80\xA6(redacted, 22 chars)");
  BOOST_CHECK_EQUAL(Redact("\nabcdefghijklmnopqrstuvwxyz"), "\xE2\x80\xA6(redacted, 27 chars)");
  BOOST_CHECK_EQUAL(Redact("hunter2", false), "hunter2");
}

BOOST_AUTO_TEST_CASE(no_redact_shows_the_value) {
  const std::string token = "ghp_" + Random(kAlnum, 36, 5);
  Config config;
  config.redact = false;
  auto findings = LintText(".env", "T=" + token + "\n", {"SE003"}, std::nullopt, config);
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_CHECK(findings[0].message.find(token) != std::string::npos);
}

// Fingerprints hash the finding's line with its secrets masked (prefix and length, as the
// message shows them): they survive line moves and change with the key, and a word list
// run against a fingerprint learns nothing the message does not already say. The old
// fingerprint (a fast hash of the value) is kept in memory only, for version-1 baselines.
BOOST_AUTO_TEST_CASE(fingerprint_follows_the_masked_line_not_the_secret) {
  const std::string token = "ghp_" + Random(kAlnum, 36, 6);
  auto a = LintText(".env", "T=" + token + "\n", {"SE003"});
  auto b = LintText(".env", "# moved down\nA=1\n\nT=" + token + "\n", {"SE003"});
  auto c = LintText(".env", "T=ghp_" + Random(kAlnum, 36, 7) + "\n", {"SE003"});
  auto d = LintText(".env", "OTHER=" + token + "\n", {"SE003"});
  BOOST_REQUIRE(a.size() == 1 && b.size() == 1 && c.size() == 1 && d.size() == 1);
  BOOST_CHECK_EQUAL(FingerprintText(a[0].fingerprint), FingerprintText(b[0].fingerprint));
  BOOST_CHECK_EQUAL(FingerprintText(a[0].fingerprint), FingerprintText(c[0].fingerprint));
  BOOST_CHECK_NE(FingerprintText(a[0].fingerprint), FingerprintText(d[0].fingerprint));
  BOOST_CHECK(a[0].legacy_fingerprint.has_value());
  BOOST_CHECK_NE(FingerprintText(a[0].legacy_fingerprint),
                 FingerprintText(c[0].legacy_fingerprint));
}

// The attack of issue 14: a six-word list against the fingerprint of `Winter2024!`.
// Fingerprints depend on the masked line only, which shows what the message shows (two
// characters and the length): every guess that agrees with the message gives the same
// fingerprint as the real value, so none is confirmed.
BOOST_AUTO_TEST_CASE(a_word_list_does_not_recover_a_password_from_its_fingerprint) {
  const auto lint = [](const std::string& password) {
    return LintText(".env", "DB_PASSWORD=" + password + "\n", {"SE022"});
  };
  const auto real = lint("Winter2024!");
  BOOST_REQUIRE_EQUAL(real.size(), 1u);
  for (const char* guess : {"Winter2023!", "Winter2025!", "Wizard2024!", "Wi#ter2024!"}) {
    const auto g = lint(guess);
    BOOST_REQUIRE_EQUAL(g.size(), 1u);
    BOOST_CHECK_EQUAL(FingerprintText(g[0].fingerprint), FingerprintText(real[0].fingerprint));
  }
  // No fingerprint of any secrets rule is a hash of the value alone, as version 1's were.
  BOOST_CHECK_NE(FingerprintText(real[0].fingerprint), HexHash(Fnv1a("Winter2024!")));
}

BOOST_AUTO_TEST_CASE(no_report_format_contains_a_secret) {
  namespace fs = std::filesystem;
  const fs::path dir =
      fs::temp_directory_path() / ("k8slint-redaction-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::vector<std::string> secrets = {
      "ghp_" + Random(kAlnum, 36, 21), "AKIA" + Random(kAws, 16, 22),
      Random(kBase64, 40, 23),         "Zq" + Random(kAlnum, 18, 24) + "!",
      Random(kAlnum, 20, 25),          "sk_live_" + Random(kAlnum, 24, 26)};
  std::ofstream(dir / ".env") << "GITHUB_TOKEN=" << secrets[0]
                              << "\nAWS_ACCESS_KEY_ID=" << secrets[1]
                              << "\nAWS_SECRET_ACCESS_KEY=" << secrets[2]
                              << "\nDB_PASSWORD=" << secrets[3] << "\nBROKEN LINE " << secrets[4]
                              << "\n";
  std::ofstream(dir / "secret.yaml")
      << "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n"
      << "  stripe: " << secrets[5] << "\n  url: postgres://u:" << secrets[4] << "@db/x\n";
  for (const char* format : {"text", "json", "sarif", "github"}) {
    BOOST_TEST_CONTEXT(format) {
      const std::string out = RunShell(std::string(K8SLINT_BINARY) + " --fail-on never -f " +
                                       format + " " + dir.string() + " 2>&1");
      BOOST_CHECK(out.find("redacted") != std::string::npos);
      for (const std::string& s : secrets)
        BOOST_CHECK_MESSAGE(out.find(s) == std::string::npos, "leaked " << s.substr(0, 4));
    }
  }
  const std::string shown = RunShell(std::string(K8SLINT_BINARY) + " --no-redact --fail-on never " +
                                     dir.string() + " 2>&1");
  BOOST_CHECK(shown.find(secrets[0]) != std::string::npos);
  fs::remove_all(dir);
}

// The finder the redactor runs on every outgoing string: secret-named assignments in any
// syntax and `user:password@host`, never image tags, digests or ordinary prose.
BOOST_AUTO_TEST_CASE(secret_assignments_in_any_text) {
  const auto masked = [](std::string_view text) {
    ByteRanges r;
    secrets::FindSecretAssignments(text, &r);
    std::string out;
    for (const auto& [b, e] : r) out += std::string(text.substr(b, e - b)) + "|";
    return out;
  };
  const std::string pw = "Zq" + Random(kAlnum, 14, 51) + "!";
  BOOST_TEST(masked("DB_PASSWORD=" + pw) == pw + "|");
  BOOST_TEST(masked("$password = '" + pw + "'") == pw + "|");
  BOOST_TEST(masked("{\"apiToken\": \"" + pw + "\"}") == pw + "|");
  BOOST_TEST(masked("Connect -Password " + pw + " -User x") == pw + "|");
  BOOST_TEST(masked("curl --token=" + pw) == pw + "|");
  BOOST_TEST(masked("image deploy:" + pw + "@registry.example.com/app:1") == pw + "|");
  BOOST_TEST(masked("FROM nginx:1.27-alpine@sha256:ae2abb1f12f5407e48812adbc0c5fade0678ce88") ==
             "");
  BOOST_TEST(masked("image ghcr.io/acme/app:6096ec47c298@sha512:50792a3fed9ab54c") == "");
  BOOST_TEST(masked("[System.IO.File]::ReadAllText($path) and passwordFile: /etc/pw") == "");
  BOOST_TEST(masked("password: changeme, token: ${TOKEN}, secret: <your-secret>") == "");
  BOOST_TEST(masked("container 'web' of Deployment/web has no memory limit") == "");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
