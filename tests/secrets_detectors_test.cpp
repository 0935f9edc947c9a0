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

struct TokenCase {
  std::string rule;
  std::string key;
  std::string token;
};

std::ostream& operator<<(std::ostream& o, const TokenCase& c) {
  return o << c.rule << " " << c.key;
}

std::vector<TokenCase> Tokens() {
  // Each token has its own fixed seed, so the values do not depend on evaluation order.
  return {
      {"SE001", "AWS_ACCESS_KEY_ID", "AKIA" + Random(kAws, 16, 1u)},
      {"SE001", "AWS_ACCESS_KEY_ID", "ASIA" + Random(kAws, 16, 2u)},
      {"SE002", "AWS_SECRET_ACCESS_KEY", Random(kBase64, 40, 3u)},
      {"SE003", "GITHUB_TOKEN", "ghp_" + Random(kAlnum, 36, 4u)},
      {"SE003", "GH_OAUTH", "gho_" + Random(kAlnum, 36, 5u)},
      {"SE003", "GH_APP", "ghs_" + Random(kAlnum, 36, 6u)},
      {"SE003", "GH_REFRESH", "ghr_" + Random(kAlnum, 36, 7u)},
      {"SE003", "GH_FINE", "github_pat_" + Random(kAlnum, 82, 8u)},
      {"SE004", "GITLAB_TOKEN", "glpat-" + Random(kUrlSafe, 20, 9u)},
      {"SE004", "GITLAB_TRIGGER", "glptt-" + Random(kHex, 40, 10u)},
      {"SE004", "GITLAB_FF", "glffct-" + Random(kUrlSafe, 20, 470u)},
      {"SE004", "GITLAB_MAIL", "glimt-" + Random(kUrlSafe, 25, 471u)},
      {"SE004", "COOKIE", "_gitlab_session=" + Random(kLowerAlnum, 32, 472u)},
      {"SE004", "GITLAB_TOKEN",
       "glpat-" + Random(kUrlSafe, 27, 473u) + "." + Random(kLowerAlnum, 9, 474u)},
      {"SE005", "SLACK_BOT_TOKEN", "xoxb-123456789012-1234567890123-" + Random(kAlnum, 24, 11u)},
      {"SE005", "SLACK_REFRESH", "xoxe-1-" + Random(kUpperAlnum, 146, 475u)},
      {"SE005", "SLACK_WEBHOOK",
       "https://hooks.slack.com/services/T" + Random(kAws, 8, 12u) + "/B" + Random(kAws, 8, 13u) +
           "/" + Random(kAlnum, 24, 14u)},
      {"SE006", "OPENAI_API_KEY",
       "sk-proj-" + Random(kUrlSafe, 74, 15u) + "T3BlbkFJ" + Random(kUrlSafe, 74, 16u)},
      {"SE006", "OPENAI_API_KEY",
       "sk-" + Random(kAlnum, 20, 17u) + "T3BlbkFJ" + Random(kAlnum, 20, 18u)},
      {"SE007", "ANTHROPIC_API_KEY", "sk-ant-api03-" + Random(kUrlSafe, 93, 19u) + "AA"},
      {"SE008", "STRIPE_KEY", "sk_live_" + Random(kAlnum, 24, 20u)},
      {"SE009", "GOOGLE_API_KEY", "AIza" + Random(kUrlSafe, 35, 21u)},
      {"SE010", "NPM_TOKEN", "npm_" + Random(kAlnum, 36, 22u)},
      {"SE011", "SENDGRID", "SG." + Random(kUrlSafe, 22, 23u) + "." + Random(kUrlSafe, 43, 24u)},
      {"SE012", "DOCKERHUB", "dckr_pat_" + Random(kUrlSafe, 27, 25u)},
      {"SE013", "HF_TOKEN", "hf_" + Random(kLetters, 34, 26u)},
      {"SE014", "DO_TOKEN", "dop_v1_" + Random(kHex, 64, 27u)},
      {"SE015", "SHOPIFY", "shpat_" + Random(kHex, 32, 28u)},
      {"SE016", "TWILIO", "SK" + Random(kHex, 32, 29u)},
      {"SE017", "ID_TOKEN",
       "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsifQ.eyJzdWIiOiJ0ZXN0In0." + Random(kUrlSafe, 43, 30u)},
      {"SE019", "AZURE",
       "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=" + Random(kBase64, 86, 31u) +
           "=="},
      {"SE020", "DATABASE_URL",
       "mongodb+srv://svc:" + Random(kAlnum, 20, 32u) + "@cluster0.example.net/db"},
      {"SE021", "INDEX_URL", "https://ci:" + Random(kAlnum, 20, 33u) + "@pypi.internal/simple"},
      // SE026: the long tail of gitleaks' catalogue, one case per detector.
      {"SE026", "BEDROCK_KEY", "ABSK" + Random(kBase64, 120, 300u)},
      {"SE026", "BEDROCK_KEY",
       "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t" + Random(kAlnum, 60, 301u)},
      {"SE026", "AZURE_CLIENT_SECRET", Random(kAlnum, 3, 302u) + "8Q~" + Random(kAlnum, 34, 303u)},
      {"SE026", "DATABRICKS", "dapi" + Random(kHex, 32, 304u)},
      {"SE026", "FLY_API_TOKEN", "fo1_" + Random(kUrlSafe, 43, 305u)},
      {"SE026", "TFE", Random(kAlnum, 14, 306u) + ".atlasv1." + Random(kUrlSafe, 65, 307u)},
      {"SE026", "VAULT", "hvs." + Random(kUrlSafe, 95, 308u)},
      {"SE026", "VAULT_TOKEN", "s." + Random(kLowerAlnum, 24, 309u)},
      {"SE026", "VAULT", "hvb." + Random(kUrlSafe, 140, 310u)},
      {"SE026", "OC", "sha256~" + Random(kUrlSafe, 43, 311u)},
      {"SE026", "DOPPLER", "dp.pt." + Random(kAlnum, 43, 312u)},
      {"SE026", "PULUMI", "pul-" + Random(kHex, 40, 313u)},
      {"SE026", "INFRACOST", "ico-" + Random(kAlnum, 32, 314u)},
      {"SE026", "SCALINGO", "tk-us-" + Random(kUrlSafe, 48, 315u)},
      {"SE026", "PSCALE", "pscale_tkn_" + Random(kAlnum, 43, 316u)},
      {"SE026", "PSCALE", "pscale_oauth_" + Random(kAlnum, 43, 317u)},
      {"SE026", "PSCALE", "pscale_pw_" + Random(kAlnum, 43, 318u)},
      {"SE026", "PREFECT", "pnu_" + Random(kAlnum, 36, 319u)},
      {"SE026", "CLICKHOUSE", "4b1d" + Random(kAlnum, 38, 320u)},
      {"SE026", "CF_ORIGIN", "v1.0-" + Random(kHex, 24, 321u) + "-" + Random(kHex, 146, 322u)},
      {"SE026", "CLOUDFLARE_API_TOKEN", Random(kUrlSafe, 40, 323u)},
      {"SE026", "CLOUDFLARE_API_KEY", Random(kHex, 37, 324u)},
      {"SE026", "GRAFANA", "eyJrIjoi" + Random(kAlnum, 80, 325u)},
      {"SE026", "GRAFANA", "glc_" + Random(kAlnum, 40, 326u)},
      {"SE026", "GRAFANA", "glsa_" + Random(kAlnum, 32, 327u) + "_" + Random(kHex, 8, 328u)},
      {"SE026", "SENTRY", "sntryu_" + Random(kHex, 64, 329u)},
      {"SE026", "SENTRY",
       "sntrys_eyJpYXQiO" + Random(kAlnum, 20, 330u) + "LCJyZWdpb25fdXJs" +
           Random(kAlnum, 20, 331u) + "_" + Random(kAlnum, 43, 332u)},
      {"SE026", "SENTRY_AUTH_TOKEN", Random(kHex, 64, 333u)},
      {"SE026", "SUMO_ACCESS_ID", "su" + Random(kAlnum, 12, 334u)},
      {"SE026", "SUMO_ACCESS_KEY", Random(kAlnum, 64, 335u)},
      {"SE026", "DT",
       "dt0c01." + Random(kUpperAlnum, 24, 336u) + "." + Random(kUpperAlnum, 64, 337u)},
      {"SE026", "NR", "NRAK-" + Random(kUpperAlnum, 27, 338u)},
      {"SE026", "NR", "NRJS-" + Random(kHex, 19, 339u)},
      {"SE026", "NR", "NRII-" + Random(kAlnum, 32, 340u)},
      {"SE026", "OP",
       "A3-" + Random(kUpperAlnum, 6, 341u) + "-" + Random(kUpperAlnum, 11, 342u) + "-" +
           Random(kUpperAlnum, 5, 343u) + "-" + Random(kUpperAlnum, 5, 344u) + "-" +
           Random(kUpperAlnum, 5, 345u)},
      {"SE026", "OP", "ops_eyJ" + Random(kAlnum, 260, 346u)},
      {"SE026", "AGE", "AGE-SECRET-KEY-1" + Random(kBech32, 58, 347u)},
      {"SE026", "OKTA_API_TOKEN", "00" + Random(kUrlSafe, 40, 348u)},
      {"SE026", "HEROKU", "HRKU-AA" + Random(kUrlSafe, 58, 349u)},
      {"SE026", "HEROKU_API_KEY", Uuid(350u)},
      {"SE026", "HUBSPOT_API_KEY", Uuid(351u)},
      {"SE026", "SNYK_TOKEN", Uuid(352u)},
      {"SE026", "SONAR_TOKEN", "squ_" + Random(kHex, 40, 353u)},
      {"SE026", "SRC", "sgp_" + Random(kHex, 16, 354u) + "_" + Random(kHex, 40, 355u)},
      {"SE026", "PPLX", "pplx-" + Random(kAlnum, 48, 356u)},
      {"SE026", "LINEAR", "lin_api_" + Random(kAlnum, 40, 357u)},
      {"SE026", "POSTMAN", "PMAK-" + Random(kHex, 24, 358u) + "-" + Random(kHex, 34, 359u)},
      {"SE026", "README", "rdme_" + Random(kLowerAlnum, 70, 360u)},
      {"SE026", "FRAMEIO", "fio-u-" + Random(kUrlSafe, 64, 361u)},
      {"SE026", "ATLASSIAN", "ATATT3" + Random(kUrlSafe, 186, 362u)},
      {"SE026", "JIRA_API_TOKEN", Random(kAlnum, 20, 363u) + Random(kHex, 4, 364u)},
      {"SE026", "BUNDLE_GEMS__CONTRIBSYS__COM",
       Random(kHex, 8, 365u) + ":" + Random(kHex, 8, 366u)},
      {"SE026", "PYPI", "pypi-AgEIcHlwaS5vcmc" + Random(kUrlSafe, 60, 367u)},
      {"SE026", "GEM", "rubygems_" + Random(kHex, 48, 368u)},
      {"SE026", "JFROG", "AKCp" + Random(kAlnum, 69, 369u)},
      {"SE026", "SQUARE", "EAAA" + Random(kUrlSafe, 40, 370u)},
      {"SE026", "SQUARE", "sq0atp-" + Random(kUrlSafe, 22, 371u)},
      {"SE026", "MAILCHIMP_API_KEY", Random(kHex, 32, 372u) + "-us6"},
      {"SE026", "BREVO", "xkeysib-" + Random(kHex, 64, 373u) + "-" + Random(kAlnum, 16, 374u)},
      {"SE026", "SHIPPO", "shippo_live_" + Random(kHex, 40, 375u)},
      {"SE026", "DUFFEL", "duffel_test_" + Random(kUrlSafe, 43, 376u)},
      {"SE026", "EASYPOST", "EZAK" + Random(kAlnum, 54, 377u)},
      {"SE026", "EASYPOST", "EZTK" + Random(kAlnum, 54, 378u)},
      {"SE026", "ADOBE", "p8e-" + Random(kAlnum, 32, 379u)},
      {"SE026", "NOTION", "ntn_" + Random(kDigits, 11, 380u) + Random(kAlnum, 35, 381u)},
      {"SE026", "MAXMIND", Random(kAlnum, 6, 382u) + "_" + Random(kAlnum, 29, 383u) + "_mmk"},
      {"SE026", "JFROG", "cmVmd" + Random(kAlnum, 59, 384u)},
      {"SE026", "CLOJARS", "CLOJARS_" + Random(kAlnum, 60, 385u)},
      {"SE026", "DN", "dnkey-" + Random(kUrlSafe, 26, 386u) + "-" + Random(kUrlSafe, 52, 387u)},
      {"SE026", "FB", "EAAM" + Random(kAlnum, 120, 388u)},
      {"SE026", "FLW", "FLWPUBK_TEST-" + Random("abcdefgh0123456789", 32, 389u) + "-X"},
      {"SE026", "FLW", "FLWSECK_TEST-" + Random("abcdefgh0123456789", 32, 390u) + "-X"},
      {"SE026", "FLW", "FLWSECK_TEST" + Random("abcdefgh0123456789", 12, 391u)},
      {"SE026", "HARNESS",
       "pat." + Random(kUrlSafe, 22, 392u) + "." + Random(kAlnum, 24, 393u) + "." +
           Random(kAlnum, 20, 394u)},
      {"SE026", "INTRA", "s-s4t2ud-" + Random(kHex, 64, 395u)},
      {"SE026", "TEAMS",
       "https://acme.webhook.office.com/webhookb2/" + Uuid(396u) + "@" + Uuid(397u) +
           "/IncomingWebhook/" + Random(kLowerAlnum, 32, 398u) + "/" + Uuid(399u)},
      {"SE026", "OCTOPUS", "API-" + Random(kUpperAlnum, 26, 440u)},
      {"SE026", "SM", "sm_aat_" + Random(kAlnum, 16, 441u)},
      {"SE026", "SM", "sm_pat_" + Random(kAlnum, 16, 442u)},
      {"SE026", "SM", "sm_sat_" + Random(kAlnum, 16, 443u)},
      {"SE026", "TYPEFORM_TOKEN", "tfp_" + Random(kUrlSafe, 59, 444u)},
      {"SE026", "MAPBOX_TOKEN", "pk." + Random(kAlnum, 60, 445u) + "." + Random(kAlnum, 22, 446u)},
      {"SE026", "MAILGUN_API_KEY", "key-" + Random(kHex, 32, 447u)},
      {"SE026", "MAILGUN_PUBLIC_VALIDATION", "pubkey-" + Random(kHex, 32, 448u)},
      {"SE026", "TELEGRAM_BOT_TOKEN",
       Random(kDigits, 10, 449u) + ":A" + Random(kUrlSafe, 34, 450u)},
      {"SE026", "DISCORD_TOKEN", Random(kHex, 64, 451u)},
      {"SE026", "YANDEX_API_KEY", "AQVN" + Random(kUrlSafe, 36, 452u)},
      {"SE026", "YANDEX_SECRET", "YC" + Random(kUrlSafe, 38, 453u)},
      {"SE026", "GOCARDLESS_TOKEN", "live_" + Random(kUrlSafe, 40, 454u)},
      {"SE026", "BEAMER_API_KEY", "b_" + Random(kUrlSafe, 44, 455u)},
      {"SE026", "LINEAR_CLIENT_SECRET", Random(kHex, 32, 456u)},
      {"SE026", "TWITTER_BEARER_TOKEN", std::string(22, 'A') + Random(kAlnum, 90, 457u)},
      {"SE026", "MERAKI_API_KEY", Random(kHex, 40, 480u)},
      {"SE026", "SENDBIRD_API_TOKEN", Random(kHex, 40, 481u)},
      {"SE026", "COHERE_API_KEY", Random(kAlnum, 40, 482u)},
      {"SE026", "DATADOG_APP_KEY", Random(kAlnum, 40, 483u)},
      {"SE026", "ZENDESK_API_TOKEN", Random(kAlnum, 40, 484u)},
      {"SE026", "ADAFRUIT_IO_KEY", Random(kUrlSafe, 32, 485u)},
      {"SE026", "MESSAGEBIRD_ACCESS_KEY", Random(kAlnum, 25, 486u)},
      {"SE026", "RAPIDAPI_KEY", Random(kUrlSafe, 50, 487u)},
      {"SE026", "FRESHBOOKS_TOKEN", Random(kAlnum, 64, 488u)},
  };
}

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
