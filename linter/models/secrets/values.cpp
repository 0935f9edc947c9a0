#include "linter/models/secrets/values.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "linter/core/ascii.h"

namespace k8slint::secrets {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

bool In(std::string_view word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool RepeatedChar(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [&](char c) { return c == s.front(); });
}

// Longest run of one character (case-insensitive), for xxxx / **** / 0000 fillers.
size_t LongestRun(std::string_view s, char c) {
  size_t best = 0, run = 0;
  for (char x : s) {
    run = Lower(x) == c ? run + 1 : 0;
    best = std::max(best, run);
  }
  return best;
}

// Words of a key name: split on non-alphanumerics and lower->Upper camelCase steps;
// lower-cased, trailing digits dropped ("password2" -> "password").
std::vector<std::string> Words(std::string_view key) {
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    while (!cur.empty() && IsDigit(cur.back())) cur.pop_back();
    if (!cur.empty()) words.push_back(cur);
    cur.clear();
  };
  for (size_t i = 0; i < key.size(); ++i) {
    const char c = key[i];
    if (!IsAlpha(c) && !IsDigit(c)) {
      flush();
      continue;
    }
    if (i > 0 && c >= 'A' && c <= 'Z' && key[i - 1] >= 'a' && key[i - 1] <= 'z') flush();
    cur += Lower(c);
  }
  flush();
  return words;
}

}  // namespace

double Entropy(std::string_view s) {
  if (s.empty()) return 0;
  std::array<uint32_t, 256> counts{};
  for (unsigned char c : s) ++counts[c];
  double h = 0;
  const double n = static_cast<double>(s.size());
  for (uint32_t k : counts)
    if (k) h -= (k / n) * std::log2(k / n);
  return h;
}

int CharClasses(std::string_view s) {
  bool lower = false, upper = false, digit = false, other = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') lower = true;
    else if (c >= 'A' && c <= 'Z') upper = true;
    else if (IsDigit(c)) digit = true;
    else if (static_cast<unsigned char>(c) > ' ') other = true;
  }
  return lower + upper + digit + other;
}

bool IsReference(std::string_view v) {
  if (v.empty()) return false;
  if (v.front() == '$' || v.front() == '(' || (v.front() == '@' && v.back() == '@')) return true;
  if (v.size() > 2 && v.front() == '%' && v.back() == '%') return true;
  for (std::string_view marker : {"${", "$(", "{{", "#{", "$env:", "secretKeyRef", "valueFrom"})
    if (Contains(v, marker)) return true;
  const std::string lower = AsciiLower(v);
  for (std::string_view scheme : {"op://", "vault:", "ref+", "sm://", "akv://", "gcpsm://",
                                  "arn:aws:secretsmanager:", "arn:aws:ssm:", "awssm:"})
    if (lower.starts_with(scheme)) return true;
  return false;
}

bool IsPlaceholder(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  if (v.empty() || RepeatedChar(v) || IsReference(v)) return true;
  const std::string lower = AsciiLower(v);
  if (In(lower, {"password",  "passwd", "pass",     "secret", "token", "apikey", "api_key",
                 "changeit",  "admin",  "root",     "test",   "none",  "null",   "nil",
                 "undefined", "true",   "false",    "yes",    "no",    "on",     "off",
                 "default",   "empty",  "n/a",      "na",     "tbd",   "todo",   "string",
                 "value",     "guest",  "postgres", "mysql",  "redis", "mongo",  "sa"}))
    return true;
  for (std::string_view marker :
       {"example",    "sample",   "dummy", "placeholder", "changeme", "change_me",  "change-me",
        "changethis", "replace",  "your_", "your-",       "yourpass", "yoursecret", "yourtoken",
        "insert_",    "redacted", "fixme", "<",           ">",        "...",        "\xE2\x80\xA6"})
    if (Contains(lower, marker)) return true;
  if (LongestRun(lower, 'x') >= 4 || LongestRun(lower, '*') >= 3) return true;
  // Paths point at a secret (/run/secrets/db, ./certs/key.pem), they are not one.
  if (v.front() == '/' || v.starts_with("./") || v.starts_with("../") || v.starts_with("~/") ||
      lower.starts_with("file:") ||
      (v.size() > 2 && IsAlpha(v[0]) && v[1] == ':' && (v[2] == '\\' || v[2] == '/')))
    return true;
  return false;
}

bool IsPlaceholderToken(std::string_view token) {
  const std::string lower = AsciiLower(token);
  if (token.ends_with("EXAMPLE") || Contains(lower, "example") || Contains(lower, "replace") ||
      Contains(lower, "your") || Contains(lower, "<") || Contains(lower, "...") ||
      LongestRun(lower, 'x') >= 6 || LongestRun(lower, '*') >= 3 || LongestRun(lower, '0') >= 12)
    return true;
  return token.size() >= 16 && Entropy(token) < 2.5;
}

bool LooksLikeSecretValue(std::string_view v) {
  if (v.size() < 8 || v.size() > 512 || IsPlaceholder(v)) return false;
  for (char c : v)
    if (c == ' ' || c == '\t' || c == '\n') return false;
  if (Contains(v, "://")) return false;  // URLs: the URL rules judge embedded passwords
  bool number = true;
  for (char c : v)
    if (!IsDigit(c) && c != '.' && c != '-' && c != '+' && c != '_') number = false;
  if (number) return false;
  // e-mail addresses and dash-joined lower-case words (names of things, not secrets)
  if (const size_t at = v.find('@'); at != std::string_view::npos && at > 0 &&
                                     v.find('.', at) != std::string_view::npos &&
                                     v.find('@', at + 1) == std::string_view::npos)
    return false;
  bool words = true;
  for (char c : v)
    if (!(c >= 'a' && c <= 'z') && c != '-' && c != '_' && c != '.') words = false;
  if (words) return false;
  return CharClasses(v) >= 2 && Entropy(v) >= 3.0;
}

bool IsSecretKeyName(std::string_view key) {
  const std::vector<std::string> words = Words(key);
  if (words.empty()) return false;
  for (const std::string& w : words)
    if (In(w, {"public", "publishable", "pub", "existing", "example", "sample"})) return false;
  if (In(words.back(),
         {"name",     "names",    "file",       "files",      "path",     "dir",       "url",
          "uri",      "ref",      "id",         "ids",        "type",     "length",    "size",
          "ttl",      "expiry",   "expires",    "expiration", "timeout",  "header",    "enabled",
          "enable",   "disabled", "required",   "policy",     "version",  "algorithm", "alg",
          "format",   "mode",     "prefix",     "suffix",     "field",    "count",     "min",
          "max",      "hint",     "endpoint",   "host",       "port",     "user",      "username",
          "region",   "rotation", "lifetime",   "duration",   "interval", "namespace", "class",
          "store",    "provider", "manager",    "source",     "backend",  "engine",    "mount",
          "volume",   "selector", "template",   "generator",  "strength", "pattern",   "regex",
          "location", "label",    "annotation", "kind",       "audience", "issuer",    "scope",
          "scopes",   "method",   "methods",    "strategy",   "type",     "length",    "hash"}))
    return false;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (In(w, {"password",    "passwd",       "pwd",    "pass",       "passphrase",
               "secret",      "secrets",      "token",  "tokens",     "credential",
               "credentials", "creds",        "apikey", "privatekey", "accesskey",
               "secretkey",   "clientsecret", "auth",   "authtoken",  "passcode"}))
      return true;
    if ((w == "key" || w == "keys") && i > 0 &&
        In(words[i - 1], {"api",        "access",  "secret",       "private",  "signing", "sign",
                          "encryption", "encrypt", "master",       "license",  "licence", "auth",
                          "session",    "app",     "client",       "account",  "storage", "shared",
                          "hmac",       "jwt",     "ssh",          "service",  "webhook", "deploy",
                          "admin",      "root",    "subscription", "consumer", "cookie"}))
      return true;
  }
  return false;
}

}  // namespace k8slint::secrets
