// Detector: one provider token shape (a GitHub personal access token, a Slack webhook
// URL, ...). Each SE provider rule defines its detectors beside its metadata
// (rules/se/se0NN_*.cpp) and the rules hand them all to one Scanner (scanner.h), which
// knows nothing about rules. Patterns are RE2 syntax and capture the secret in group 1;
// URL patterns (Check::kUrlPassword) capture the URL in group 1, the scheme in 2, the
// user in 3 and the password in 4; see Check for the others. A detector only runs near one
// of its keywords (see prefilter.h), on the keyword's line. Shapes follow the gitleaks catalogue
// (shared/reference/gitleaks.md); where gitleaks is looser than the provider's documented format,
// the provider wins.
#pragma once

#include <string_view>
#include <vector>

namespace k8slint::secrets {

// Extra validation after the pattern matched.
enum class Check {
  kToken,        // the secret must not be a placeholder token (values.h)
  kAwsKeyId,     // kToken; ids ending in EXAMPLE are AWS documentation keys
  kJwt,          // the header decodes to JSON with "alg" or "typ"
  kPrivateKey,   // a matching END line follows with 64+ base64 characters of body
  kUrlPassword,  // the password is not a placeholder, a reference or the user name
  kAzureKey,     // not the public Azurite development key
  kNotHex,       // kToken; not lower-case hex only (a hash that happens to share the prefix)
  // kToken, and the value is not a placeholder; for keyword-anchored formats, whose
  // pattern ends the identifier right before group 1: its last word must not describe
  // the value instead of holding a secret (HEROKU_APP_ID, SENTRY_ORG_NAME, JIRA_URL).
  kKeyed,
  kMixedToken,  // kToken, with a letter and a digit (a short body could be a word)
  kJwtBase64,   // the base64 decodes to a JWT whose header passes kJwt
  // curl credentials: group 1 is the user and group 2 the password of `-u user:password`
  // (kCurlUser); group 1 is the value of an Authorization or API-key header, a Basic
  // value being base64 of `user:password` (kCurlHeader). Neither may be a placeholder,
  // a reference, an ALL_CAPS name or a short lower-case word (`foo:bar`).
  kCurlUser,
  kCurlHeader,
};

struct Detector {
  std::string_view variant;  // gitleaks rule id (or a k8slint name when gitleaks has none)
  std::string_view label;    // for messages: "GitHub personal access token"
  std::vector<std::string_view> keywords;  // 2 or more bytes each; at least one
  bool fold = false;                       // keywords are case-insensitive
  std::string_view pattern;
  Check check = Check::kToken;
  // The window runs on over continued lines (a trailing `\` or PowerShell backtick): a
  // curl command's options often follow on the next lines.
  bool continued_lines = false;
};

}  // namespace k8slint::secrets
