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
      // Third batch: one off in length, alphabet or structure, or a name that describes.
      "ALGOLIA_APP_ID=" + Random(kAlnum, 32, 600),
      "ALGOLIA_ADMIN_KEY=" + Random(kAlnum, 31, 601),
      "ALGOLIA_INDEX_NAME=productssearchindexforthestorex",
      "ASANA_CLIENT_ID=" + Random(kAlnum, 32, 602),
      "BITBUCKET_WORKSPACE=" + Random(kUrlSafe, 64, 603),
      "DROPBOX_APP_SECRET=" + Random(kAlnum, 16, 604),
      "DROPBOX_TOKEN=" + Random(kAlnum, 11, 605) + "AAAAAAAAA" + Random(kUrlSafe, 44, 606),
      "FACEBOOK_APP_ID=" + Random(kHex, 32, 607),
      "FACEBOOK_APP_SECRET=" + Random("ghijklmnop", 32, 608),
      "KUCOIN_API_KEY=" + Random(kHex, 25, 609),
      "GLOBAL_KEY=live_" + Random(kHex, 35, 610),
      "BLOB_KEY=test_pub_" + Random(kHex, 31, 611),
      "LOB_API_KEY=live_" + Random(kHex, 34, 612),
      "MAILGUN_SIGNING_KEY=" + Random("ijklmnop", 32, 613) + "-" + Random(kHex, 8, 614) + "-" +
          Random(kHex, 8, 615),
      "PLAID_ACCESS_TOKEN=access-staging-" + Uuid(616),
      "SQUARESPACE_SITE_ID=" + Uuid(617),
      "TRAVIS_BUILD_DIR=" + Random(kAlnum, 22, 618),
      "TWITTER_ACCESS_TOKEN=" + Random(kDigits, 12, 619) + "-" + Random(kAlnum, 30, 620),
      "TWITTER_HANDLE=" + Random(kLetters, 25, 621),
      "TWITTER_CONSUMER_KEY=abcdefghijklmnopqrstuvwxy",
      "JFROG_URL=" + Random(kAlnum, 73, 622),
      "NETLIFY_SITE_ID=" + Random(kUrlSafe, 40, 623),
      "ID=LTAI" + Random(kAlnum, 21, 624),
      "PATH_HASH=pat" + Random(kAlnum, 14, 625) + "." + Random(kHex, 63, 626),
      "AUTHRESS=sc_" + Random(kLowerAlnum, 12, 627) + "." + Random(kLowerAlnum, 5, 628) + ".acx_" +
          Random(kLowerAlnum, 20, 629) + "." + Random(kBase64, 60, 630),
      "FB=" + Random(kDigits, 14, 631) + "|" + Random(kUrlSafe, 32, 632),
      "PRICE=" + Random(kDigits, 15, 633) + "%" + Random(kUrlSafe, 32, 634),
      "FREEMIUS=sk_" + Random(kAlnum, 29, 635),
  };
  for (const std::string& line : lines) BOOST_TEST_CONTEXT(line) {
      const auto findings = LintText(".env", line + "\n", {"SE026"});
      for (const Finding& f : findings) BOOST_ERROR(f.message);
    }
}

// Slack tokens have a fixed segment structure, and a token-like word that continues into
// a file extension names a file.
BOOST_AUTO_TEST_CASE(slack_look_alikes_are_silent) {
  const std::vector<std::string> lines = {
      "![setup](img/xoxb-1234567890-1234567890123-" + Random(kAlnum, 24, 640) + ".png)",
      "logo: assets/xoxo-gossip-girl-2024.jpg",
      "see docs/xoxr-wonderland-notes.md",
      "SLACK_BOT_TOKEN=xoxb-1234567890-" + Random(kAlnum, 12, 641),
      "SLACK_BOT_TOKEN=xoxb-12345-1234567890123-" + Random(kAlnum, 24, 642),
      "SLACK_BOT_TOKEN=xoxb-1234567890-1234567890123-" + Random(kAlnum, 24, 643) + "-extra",
      "SLACK_TOKEN=xoxs-" + Random(kAlnum, 30, 644),
      "SLACK_TOKEN=xoxr-" + Random(kLetters, 20, 645),
  };
  for (const std::string& line : lines) BOOST_TEST_CONTEXT(line) {
      for (const Finding& f : LintText("README.md", line + "\n", {"SE005"})) BOOST_ERROR(f.message);
    }
  BOOST_CHECK_EQUAL(
      LintText("README.md",
               "Token: xoxb-1234567890-1234567890123-" + Random(kAlnum, 24, 646) + ".\n", {"SE005"})
          .size(),
      1u);
}

BOOST_AUTO_TEST_CASE(base64_jwt_needs_a_jwt_inside) {
  // base64 of `eyJub3QiOiJqd3QifQ.eyJzdWIiOiIxIn0.` ({"not":"jwt"} as the header).
  BOOST_CHECK(
      LintText(".env",
               "X=ZXlKdWIzUWlPaUpxZDNRaWZRLmV5SnpkV0lpT2lJeEluMC4" + Random(kAlnum, 40, 650) + "\n",
               {"SE017"})
          .empty());
  BOOST_CHECK(LintText(".env", "X=ZXlK" + Random(kAlnum, 60, 651) + "\n", {"SE017"}).empty());
}

// gitleaks curl-auth-user and curl-auth-header, in the places curl commands are written.
BOOST_AUTO_TEST_CASE(curl_credentials_fire_in_every_context) {
  const std::string pw = "Zq" + Random(kAlnum, 14, 660);
  const std::string bearer = Random(kUrlSafe, 40, 661);
  // base64 of `deploy:Kx9...`: a Basic value decodes to user:password.
  const std::string basic = "ZGVwbG95Okt4OXZUcjJxTG01d1pu";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"deploy.sh", "#!/bin/sh\ncurl -fsSL -u deploy:" + pw + " https://nexus.example.com/x\n"},
      {"deploy.sh", "curl --user \"deploy:" + pw + "\" https://nexus.example.com/x\n"},
      {"deploy.sh", "curl --user=deploy:" + pw + " https://nexus.example.com/x\n"},
      {"deploy.sh",
       "curl -sS \\\n  -X POST \\\n  -u 'ci:" + pw + "' \\\n  https://x.example.com\n"},
      {"README.md", "# Upload\n\n```sh\ncurl -su admin:" + pw + " https://x.example.com\n```\n"},
      {"Dockerfile", "FROM alpine:3.20\nRUN apk add curl && \\\n    curl -fsS -u deploy:" + pw +
                         " -o /a https://x.example.com/a\nUSER 10001\n"},
      {".github/workflows/release.yml",
       "on: push\njobs:\n  r:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n"
       "          curl -fsS -H \"Authorization: Bearer " +
           bearer + "\" https://api.example.com\n"},
      {"notify.sh", "curl -H 'Authorization: token " + bearer + "' https://api.example.com\n"},
      {"notify.sh", "curl --header \"X-Api-Key: " + bearer + "\" https://api.example.com\n"},
      {"notify.sh", "curl -H \"Authorization: Basic " + basic + "\" https://api.example.com\n"},
      {"deploy.ps1", "curl.exe -u deploy:" + pw + " https://api.example.com\n"},
  };
  for (const auto& [path, text] : cases) BOOST_TEST_CONTEXT(path << ": " << text) {
      const auto findings = LintText(path, text, {"SE027"});
      BOOST_CHECK_EQUAL(findings.size(), 1u);
      for (const Finding& f : findings) {
        BOOST_CHECK(f.message.find(pw) == std::string::npos);
        BOOST_CHECK(f.message.find(bearer) == std::string::npos);
        BOOST_CHECK(f.message.find("redacted") != std::string::npos);
      }
    }
}

BOOST_AUTO_TEST_CASE(curl_placeholders_and_references_are_silent) {
  const std::vector<std::string> lines = {
      "curl -u $USER:$TOKEN https://x.example.com",
      "curl -u \"${NEXUS_USER}:${NEXUS_PASSWORD}\" https://x.example.com",
      "curl -u \"deploy:$(cat /run/secrets/nexus)\" https://x.example.com",
      "curl -u user:pass https://x.example.com",
      "curl -u username:password https://x.example.com",
      "curl -u USERNAME:API_TOKEN https://x.example.com",
      "curl -u elastic:changeme http://localhost:9200",
      "curl -u foo:bar https://x.example.com",
      "curl -u admin:admin http://localhost:8080",
      "curl -u <user>:<password> https://x.example.com",
      "curl -u admin https://x.example.com",
      "curl -H \"Authorization: Bearer $TOKEN\" https://x.example.com",
      "curl -H \"Authorization: Bearer ${{ secrets.API_TOKEN }}\" https://x.example.com",
      "curl -H \"Authorization: Bearer <token>\" https://x.example.com",
      "curl -H \"Authorization: Bearer YOUR_ACCESS_TOKEN\" https://x.example.com",
      "curl -H \"Authorization: token $(gh auth token)\" https://api.github.com",
      "curl -H 'Authorization: Bearer '\"$TOKEN\" https://x.example.com",
      // base64 of `user:password`.
      "curl -H \"Authorization: Basic dXNlcjpwYXNzd29yZA==\" https://x.example.com",
      "curl -H \"Content-Type: application/json\" -d '{\"a\":1}' https://x.example.com",
      "curl https://x.example.com | sh -s -- -u deploy:Zq8vTr2qLm5wPn",
      "wget --user=deploy https://x.example.com/a && tar -u deploy:Zq8vTr2qLm5wPnQ",
  };
  for (const std::string& line : lines) BOOST_TEST_CONTEXT(line) {
      for (const Finding& f : LintText("run.sh", line + "\n", {"SE027"})) BOOST_ERROR(f.message);
    }
}

// A provider token in a curl command is the provider rule's finding, not a second one.
BOOST_AUTO_TEST_CASE(curl_header_with_a_provider_token_is_reported_once) {
  const std::string line = "curl -H \"Authorization: token ghp_" + Random(kAlnum, 36, 670) +
                           "\" https://api.github.com\n";
  const auto findings = LintText("run.sh", line, {"SE"});
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_CHECK_EQUAL(findings[0].rule->meta().id, std::string_view("SE003"));
}

// A `user:password` secret is masked half by half: NR003 quotes the user of
// `USER user:group`.
BOOST_AUTO_TEST_CASE(credential_halves_are_masked_but_url_schemes_are_not) {
  const std::string user = Random(kHex, 8, 680), pass = Random(kHex, 8, 681);
  const auto findings = LintText("Dockerfile",
                                 "FROM ruby:3.3\nENV BUNDLE_GEMS__CONTRIBSYS__COM=" + user + ":" +
                                     pass + "\nUSER " + user + ":" + pass + "\nCMD [\"ruby\"]\n",
                                 {"NR003", "SE026"});
  BOOST_REQUIRE_EQUAL(findings.size(), 2u);
  for (const Finding& f : findings) {
    BOOST_CHECK_MESSAGE(f.message.find(user) == std::string::npos, f.message);
    BOOST_CHECK_MESSAGE(f.message.find(pass) == std::string::npos, f.message);
  }
  const auto url = LintText(
      ".env", "DATABASE_URL=postgres://app:" + Random(kAlnum, 20, 682) + "@db.internal:5432/app\n",
      {"SE020"});
  BOOST_REQUIRE_EQUAL(url.size(), 1u);
  BOOST_CHECK_MESSAGE(url[0].message.find("postgres") != std::string::npos, url[0].message);
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

// SecretDetectors looks only at SE rules: a scanning rule of another family would lose
// its detectors, and so every finding of theirs, without a word.
BOOST_AUTO_TEST_CASE(only_se_rules_scan_for_secrets) {
  std::vector<std::unique_ptr<Rule>> rules;
  BOOST_REQUIRE(BuildAllRules(Config{}, &rules).ok());
  std::vector<const secrets::Detector*> every;
  for (const auto& rule : rules) {
    const auto* scanning = dynamic_cast<const rules::ScanningRule*>(rule.get());
    if (scanning == nullptr) continue;
    BOOST_CHECK_MESSAGE(rule->meta().id.starts_with("SE"),
                        rule->meta().id << " scans for secrets but is not an SE rule");
    for (const secrets::Detector& d : scanning->detectors()) every.push_back(&d);
  }
  BOOST_CHECK(rules::SecretDetectors(rules) == every);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
