// Fake but format-valid tokens, generated at test time so the repository holds no
// real-looking credentials (push protection and other scanners stay quiet).
#pragma once

#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace k8slint::testing {

inline constexpr std::string_view kAlnum =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
inline constexpr std::string_view kHex = "0123456789abcdef";
inline constexpr std::string_view kLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
inline constexpr std::string_view kUrlSafe =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
inline constexpr std::string_view kAws = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
inline constexpr std::string_view kDigits = "0123456789";
inline constexpr std::string_view kLowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789";
inline constexpr std::string_view kUpperAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
inline constexpr std::string_view kBech32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";
inline constexpr std::string_view kBase64 =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// `n` characters drawn from `alphabet` with a fixed seed per call site.
inline std::string Random(std::string_view alphabet, size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
  std::string out;
  for (size_t i = 0; i < n; ++i) out += alphabet[pick(rng)];
  return out;
}

// A random lower-case UUID (8-4-4-4-12 hex), seeded like Random.
inline std::string Uuid(unsigned seed) {
  const std::string h = Random(kHex, 32, seed);
  return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) +
         "-" + h.substr(20);
}

struct TokenCase {
  std::string rule;
  std::string key;
  std::string token;
};

inline std::ostream& operator<<(std::ostream& o, const TokenCase& c) {
  return o << c.rule << " " << c.key;
}

// One generated token of every provider detector, with the key it is usually assigned to.
inline std::vector<TokenCase> Tokens() {
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
      // Third batch: the rest of gitleaks' catalogue with a shape or a provider keyword.
      {"SE026", "AIRTABLE_API_KEY", Random(kAlnum, 17, 500u)},
      {"SE026", "ALGOLIA_ADMIN_KEY", Random(kAlnum, 32, 501u)},
      {"SE026", "ALIBABA_SECRET_KEY", Random(kAlnum, 30, 502u)},
      {"SE026", "ASANA_CLIENT_SECRET", Random(kAlnum, 32, 503u)},
      {"SE026", "BITBUCKET_CLIENT_SECRET", Random(kUrlSafe, 64, 504u)},
      {"SE026", "BITTREX_API_SECRET", Random(kAlnum, 32, 505u)},
      {"SE026", "CODECOV_TOKEN", Random(kAlnum, 32, 506u)},
      {"SE026", "COINBASE_API_SECRET", Random(kUrlSafe, 64, 507u)},
      {"SE026", "CONFLUENT_API_KEY", Random(kAlnum, 16, 508u)},
      {"SE026", "CONFLUENT_API_SECRET", Random(kAlnum, 64, 509u)},
      {"SE026", "CONTENTFUL_DELIVERY_TOKEN", Random(kUrlSafe, 43, 510u)},
      {"SE026", "DISCORD_CLIENT_SECRET", Random(kUrlSafe, 32, 511u)},
      {"SE026", "DRONECI_TOKEN", Random(kAlnum, 32, 512u)},
      {"SE026", "DROPBOX_APP_SECRET", Random(kAlnum, 15, 613u)},
      {"SE026", "DROPBOX_TOKEN",
       Random(kAlnum, 11, 514u) + "AAAAAAAAAA" + Random(kUrlSafe, 43, 515u)},
      {"SE026", "DROPBOX_ACCESS_TOKEN", "sl." + Random(kUrlSafe, 135, 516u)},
      {"SE026", "ETSY_API_KEY", Random(kAlnum, 24, 517u)},
      {"SE026", "FACEBOOK_APP_SECRET", Random(kHex, 32, 518u)},
      {"SE026", "FASTLY_API_TOKEN", Random(kUrlSafe, 32, 519u)},
      {"SE026", "FINICITY_APP_KEY", Random(kHex, 32, 520u)},
      {"SE026", "FINICITY_SECRET", Random(kAlnum, 20, 521u)},
      {"SE026", "FINNHUB_API_KEY", Random(kAlnum, 20, 522u)},
      {"SE026", "FLICKR_API_KEY", Random(kAlnum, 32, 523u)},
      {"SE026", "GITTER_TOKEN", Random(kUrlSafe, 40, 524u)},
      {"SE026", "INTERCOM_ACCESS_TOKEN", Random(kUrlSafe, 60, 525u)},
      {"SE026", "JFROG_API_KEY", Random(kAlnum, 73, 526u)},
      {"SE026", "ARTIFACTORY_IDENTITY_TOKEN", Random(kAlnum, 64, 527u)},
      {"SE026", "KRAKEN_PRIVATE_KEY", Random(kBase64, 88, 528u)},
      {"SE026", "KUCOIN_API_KEY", Random(kHex, 24, 529u)},
      {"SE026", "KUCOIN_API_SECRET", Uuid(530u)},
      {"SE026", "LAUNCHDARKLY_ACCESS_TOKEN", Random(kUrlSafe, 40, 531u)},
      {"SE026", "LINKEDIN_CLIENT_SECRET", Random(kAlnum, 16, 632u)},
      {"SE026", "LOB_API_KEY", "live_" + Random(kHex, 35, 533u)},
      {"SE026", "LOB_PUBLISHABLE_KEY", "test_pub_" + Random(kHex, 31, 534u)},
      {"SE026", "LOOKER_CLIENT_SECRET", Random(kAlnum, 24, 535u)},
      {"SE026", "MAILGUN_WEBHOOK_SIGNING_KEY",
       Random("abcdefgh0123456789", 32, 536u) + "-" + Random("abcdefgh0123456789", 8, 537u) + "-" +
           Random("abcdefgh0123456789", 8, 538u)},
      {"SE026", "MATTERMOST_TOKEN", Random(kAlnum, 26, 539u)},
      {"SE026", "NETLIFY_AUTH_TOKEN", Random(kUrlSafe, 43, 540u)},
      {"SE026", "NYTIMES_API_KEY", Random(kUrlSafe, 32, 541u)},
      {"SE026", "PLAID_SECRET", Random(kAlnum, 30, 542u)},
      {"SE026", "PLAID_ACCESS_TOKEN", "access-sandbox-" + Uuid(543u)},
      {"SE026", "PRIVATE_AI_API_KEY", Random(kAlnum, 32, 544u)},
      {"SE026", "SQUARESPACE_API_KEY", Uuid(545u)},
      {"SE026", "TRAVIS_TOKEN", Random(kAlnum, 22, 546u)},
      {"SE026", "TWITCH_CLIENT_SECRET", Random(kAlnum, 30, 547u)},
      {"SE026", "TWITTER_CONSUMER_KEY", Random(kAlnum, 25, 548u)},
      {"SE026", "TWITTER_CONSUMER_SECRET", Random(kAlnum, 50, 549u)},
      {"SE026", "TWITTER_ACCESS_TOKEN", Random(kDigits, 19, 550u) + "-" + Random(kAlnum, 30, 551u)},
      {"SE026", "TWITTER_ACCESS_SECRET", Random(kAlnum, 45, 552u)},
      {"SE026", "YANDEX_OAUTH_TOKEN",
       "t1." + Random(kUrlSafe, 30, 553u) + "." + Random(kUrlSafe, 86, 554u)},
      {"SE026", "ALIBABA", "LTAI" + Random(kAlnum, 20, 555u)},
      {"SE026", "AIRTABLE", "pat" + Random(kAlnum, 14, 556u) + "." + Random(kHex, 64, 557u)},
      {"SE026", "AUTHRESS",
       "sc_" + Random(kLowerAlnum, 12, 558u) + "." + Random(kLowerAlnum, 5, 559u) + ".acc_" +
           Random(kLowerAlnum, 20, 560u) + "." + Random(kBase64, 60, 561u)},
      {"SE026", "FB", Random(kDigits, 15, 562u) + "|" + Random(kUrlSafe, 32, 563u)},
      {"SE017", "JWT_B64",
       "ZXlKaGJHY2lPaUpJVXpJMU5pSjkuZXlKemRXSWlPaUl4TWpNMEluMC4" + Random(kAlnum, 40, 564u)},
      {"SE005", "SLACK_LEGACY", "xoxr-" + Random(kAlnum, 30, 565u) + "7"},
  };
}

}  // namespace k8slint::testing
