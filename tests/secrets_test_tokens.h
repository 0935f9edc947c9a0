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
      {"SE005", "SLACK_BOT_TOKEN", "xoxb-123456789012-1234567890123-" + Random(kAlnum, 24, 11u)},
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
  };
}

}  // namespace k8slint::testing
