// Every provider detector fires on a generated token of its shape, in several file
// kinds, and stays silent on placeholders of the same shape.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <re2/re2.h>

#include "linter/core/config.h"
#include "linter/models/secrets/detectors.h"
#include "rules/registry.h"
#include "rules/se/secret_scan.h"
#include "tests/secrets_test_tokens.h"
#include "tests/test_support.h"

namespace k8slint::testing {
namespace {

// The file kinds a token is checked in: how it is written in each.
std::vector<std::pair<std::string, std::string>> Contexts(const TokenCase& c) {
  return {
      {".env", c.key + "=" + c.token + "\n"},
      {"deploy.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  " + c.key +
                          ": \"" + c.token + "\"\n"},
      {"Dockerfile", "FROM alpine:3.20\nENV " + c.key + "=" + c.token + "\nUSER 10001\n"},
      {"deploy.ps1", "$env:" + c.key + " = '" + c.token + "'\n"},
      {"README.md", "# Setup\n\n```bash\nexport " + c.key + "=" + c.token + "\n```\n"},
      {"notes.txt", "the key is " + c.key + "=" + c.token + " for now\n"},
  };
}

}  // namespace

BOOST_AUTO_TEST_SUITE(secrets_detectors)

BOOST_DATA_TEST_CASE(fires_in_every_kind, boost::unit_test::data::make(Tokens()), c) {
  for (const auto& [path, text] : Contexts(c)) {
    BOOST_TEST_CONTEXT(path) {
      const auto findings = LintText(path, text, {c.rule});
      BOOST_CHECK_EQUAL(findings.size(), 1u);
      for (const Finding& f : findings) {
        BOOST_CHECK(f.message.find(c.token) == std::string::npos);
        BOOST_CHECK(f.message.find("redacted") != std::string::npos);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(placeholders_of_the_same_shape_are_silent) {
  const std::vector<std::string> placeholders = {
      "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
      "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "GITHUB_TOKEN=ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "OPENAI_API_KEY=sk-proj-REPLACE_ME",
      "OPENAI_API_KEY=sk-...",
      "DATABASE_URL=postgres://ads:${DB_PASSWORD}@localhost:5432/ads",
      "DATABASE_URL=postgres://app@localhost:5432/app",
      "DATABASE_URL=postgresql://todo:<password>@localhost:5432/todo",
      "DATABASE_URL=postgres://user:user@localhost/db",
      "PRIVATE_KEY=-----BEGIN PRIVATE KEY-----...-----END PRIVATE KEY-----",
      "JWT=eyJub3QiOiJhIGp3dCBoZWFkZXIifQ.eyJzdWIiOiJ0ZXN0In0.abcdefghijklmnop",
      "HASH=sha512-" + Random(kBase64, 86, 99) + "==",
      "DIGEST=sha256:" + Random(kHex, 64, 98),
  };
  for (const std::string& line : placeholders) BOOST_TEST_CONTEXT(line) {
      const auto findings = LintText(".env", line + "\n", {"SE"});
      for (const Finding& f : findings)
        BOOST_CHECK_MESSAGE(f.rule->meta().id == std::string_view("SE024"), f.message);
    }
}

// Look-alikes of SE026 formats: one character off in length, alphabet, suffix or
// structure, or the right shape under a name that does not hold a secret.
BOOST_AUTO_TEST_CASE(provider_token_look_alikes_are_silent) {
  const std::vector<std::string> lines = {
      "AGE_KEY=AGE-SECRET-KEY-1" + Random(kBech32, 57, 400),
      "AGE_KEY=AGE-SECRET-KEY-1B" + Random(kBech32, 57, 401),
      "GF_TOKEN=glsa_" + Random(kAlnum, 32, 402) + "_" + Random("ghijklmn", 8, 403),
      "DATABRICKS_HOST_HASH=dapi" + Random(kHex, 31, 404),
      "PPLX=pplx-" + Random(kAlnum, 47, 405),
      "NOTION=ntn_" + Random(kLetters, 46, 406),
      "MAXMIND=" + Random(kAlnum, 6, 407) + "_" + Random(kAlnum, 29, 408) + "_mmx",
      "CHECKSUM=4b1d" + Random(kHex, 38, 409),
      "HEROKU_APP_ID=" + Uuid(410),
      "HUBSPOT_PORTAL_ID=" + Uuid(411),
      "SNYK_ORG_ID=" + Uuid(412),
      "snykOrgId: " + Uuid(413),
      "TENANT_TOKEN=" + Uuid(414),
      "OKTA_API_TOKEN=00" + Random(kUrlSafe, 39, 415),
      "OKTA_API_TOKEN=00xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "OKTA_CLIENT_ID=00" + Random(kUrlSafe, 40, 416),
      "API_TOKEN=00" + Random(kUrlSafe, 40, 417),
      "image: grafana/grafana@sha256:" + Random(kHex, 64, 418),
      "OC_TOKEN=sha256~" + Random(kUrlSafe, 42, 419),
      "FLY=fo1_" + Random(kUrlSafe, 42, 420),
      "SCALINGO=tk-us-" + Random(kUrlSafe, 47, 421),
      "MAILCHIMP_API_KEY=" + Random(kHex, 32, 422) + "-eu1",
      "VAULT=hvs." + Random(kUrlSafe, 80, 423),
      "OP_KEY=A3-" + Random(kUpperAlnum, 7, 424) + "-" + Random(kUpperAlnum, 11, 425) + "-" +
          Random(kUpperAlnum, 5, 426) + "-" + Random(kUpperAlnum, 5, 427) + "-" +
          Random(kUpperAlnum, 5, 428),
      "SOURCEGRAPH_COMMIT=" + Random(kHex, 40, 429),
      "SENTRY_DSN=https://" + Random(kHex, 32, 430) + "@o1.ingest.sentry.io/1",
      "SENTRY_RELEASE=" + Random(kHex, 64, 431).substr(0, 40),
      "CERT=MIIB" + Random(kAlnum, 20, 432) + "+EAAA" + Random(kAlnum, 30, 433) + "/xyz",
      "BEDROCK=bedrock-api-key-" + Random(kBase64, 40, 434),
      "GRAFANA_TOKEN=glsa_your_token_here",
      "OCTOPUS=API-GATEWAY-ROUTE",
      "DATADOG_SITE=datadoghq.eu",
      "DD_ORG_ID=" + Random(kAlnum, 40, 489),
      "MERAKI_NETWORK_ID=" + Random(kHex, 40, 490),
      "ZENDESK_SUBDOMAIN=" + Random(kAlnum, 40, 491),
      "MAILGUN_DOMAIN=key-" + Random(kHex, 32, 458),
      "TELEGRAM_CHAT_ID=-100" + Random(kDigits, 10, 459),
      "DISCORD_GUILD_ID=" + Random(kDigits, 18, 460),
      "LINEAR_TEAM_ID=" + Random(kHex, 32, 461),
      "FB=EAAM" + Random(kAlnum, 90, 462),
      "TEAMS_URL=https://acme.webhook.office.com/webhookb2/not-a-webhook",
      "HARNESS=pat." + Random(kUrlSafe, 21, 463) + "." + Random(kAlnum, 24, 464) + "." +
          Random(kAlnum, 20, 465),
      "JIRA_URL=https://example.atlassian.net/browse/ABCDEFGHIJKLMNOPQRST1234",
  };
  for (const std::string& line : lines) BOOST_TEST_CONTEXT(line) {
      const auto findings = LintText(".env", line + "\n", {"SE026"});
      for (const Finding& f : findings) BOOST_ERROR(f.message);
    }
}

BOOST_AUTO_TEST_CASE(private_key_needs_a_body) {
  std::string key = "-----BEGIN EC PRIVATE KEY-----\n";
  for (unsigned i = 0; i < 3; ++i) key += Random(kBase64, 64, 200 + i) + "\n";
  key += "-----END EC PRIVATE KEY-----\n";
  auto findings = LintText("id_ecdsa", key, {"SE018"});
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_CHECK_EQUAL(findings[0].span.begin.line, 1u);
  BOOST_CHECK(findings[0].message.find("EC PRIVATE KEY") != std::string::npos);
  BOOST_CHECK(LintText("id_ecdsa", "-----BEGIN EC PRIVATE KEY-----\n-----END EC PRIVATE KEY-----\n",
                       {"SE018"})
                  .empty());
}

BOOST_AUTO_TEST_CASE(token_inside_a_longer_word_is_not_a_token) {
  BOOST_CHECK(LintText(".env", "X=zghp_" + Random(kAlnum, 36, 7) + "\n", {"SE003"}).empty());
  BOOST_CHECK(LintText(".env", "X=ghp_" + Random(kAlnum, 40, 8) + "\n", {"SE003"}).empty());
}

BOOST_AUTO_TEST_CASE(several_tokens_on_one_line_are_each_reported) {
  const std::string a = "ghp_" + Random(kAlnum, 36, 11), b = "ghp_" + Random(kAlnum, 36, 12);
  const auto findings = LintText("notes.txt", a + " " + b + "\n", {"SE003"});
  BOOST_REQUIRE_EQUAL(findings.size(), 2u);
  BOOST_CHECK_EQUAL(findings[0].span.begin.column, 1u);
  BOOST_CHECK_EQUAL(findings[1].span.begin.column, 42u);
}

BOOST_AUTO_TEST_CASE(many_hits_on_a_huge_line_stay_fast_and_correct) {
  std::string line;
  for (int i = 0; i < 20000; ++i) line += "ghp_short sk-proj-x AKIA token=1 ";
  line += "ghp_" + Random(kAlnum, 36, 13) + "\n";
  const auto findings = LintText("blob.txt", line, {"SE"});
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_CHECK_EQUAL(findings[0].rule->meta().id, std::string_view("SE003"));
}

// The scanner compiles a pattern only when its keyword is seen (a short run pays for
// few), so a broken pattern would abort only on some input: check them all here.
BOOST_AUTO_TEST_CASE(every_detector_pattern_compiles) {
  RE2::Options options;
  options.set_log_errors(false);
  std::vector<std::unique_ptr<Rule>> rules;
  BOOST_REQUIRE(BuildAllRules(Config{}, &rules).ok());
  const std::vector<const secrets::Detector*> detectors = rules::SecretDetectors(rules);
  BOOST_CHECK(!detectors.empty());
  for (const secrets::Detector* d : detectors) {
    const RE2 re(re2::StringPiece(d->pattern.data(), d->pattern.size()), options);
    BOOST_CHECK_MESSAGE(re.ok(), d->variant << ": " << re.error());
    BOOST_CHECK_MESSAGE(!d->keywords.empty(),
                        d->variant << " has no keyword, so it would never run");
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
