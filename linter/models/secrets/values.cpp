#include "linter/models/secrets/values.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "linter/core/ascii.h"
#include "linter/core/libm.h"

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

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLowerAlpha(char c) { return c >= 'a' && c <= 'z'; }
bool IsSep(char c) { return c == '_' || c == '-' || c == '.'; }

// Splits on _ - . ; every piece non-empty.
std::vector<std::string_view> Segments(std::string_view v) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (size_t i = 0; i <= v.size(); ++i)
    if (i == v.size() || IsSep(v[i])) {
      if (i > b) out.push_back(v.substr(b, i - b));
      b = i + 1;
    }
  return out;
}

// GOOGLE_API_KEY_VAL, DB_PASSWORD2, SCRAM-SHA-256: upper-case words (a trailing number
// allowed) and numbers joined by _ - or . ; a random upper-case key mixes digits inside
// its words.
bool IsAllCapsPhrase(std::string_view v) {
  if (v.empty() || IsSep(v.front()) || IsSep(v.back())) return false;
  const auto segs = Segments(v);
  if (segs.size() < 2) return false;
  bool word = false;
  for (std::string_view s : segs) {
    size_t i = 0;
    while (i < s.size() && IsUpper(s[i])) ++i;
    const size_t letters = i;
    while (i < s.size() && IsDigit(s[i])) ++i;
    if (i != s.size()) return false;
    if (letters >= 2) word = true;
  }
  return word;
}

// Words that make up placeholder phrases (mypassword, SuperSecretPassword123, user:pass).
// A value spelled entirely from them says what belongs there, not what it is.
bool IsPlaceholderWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "my",       "your",     "our",       "the",      "some",        "super",       "secret",
      "secrets",  "password", "passwords", "passwd",   "pass",        "pwd",         "pw",
      "token",    "key",      "api",       "access",   "personal",    "private",     "db",
      "database", "user",     "username",  "admin",    "root",        "test",        "testing",
      "demo",     "example",  "sample",    "strong",   "very",        "long",        "random",
      "new",      "app",      "service",   "client",   "auth",        "default",     "local",
      "dev",      "value",    "val",       "here",     "change",      "me",          "it",
      "this",     "foo",      "bar",       "baz",      "qux",         "hello",       "world",
      "letmein",  "welcome",  "fake",      "mock",     "not",         "real",        "insecure",
      "unsafe",   "hunter",   "qwerty",    "guest",    "bearer",      "session",     "signing",
      "master",   "to",       "be",        "replaced", "set",         "put",         "enter",
      "goes",     "github",   "gitlab",    "pat",      "credential",  "credentials", "creds",
      "login",    "name",     "id",        "string",   "placeholder", "apikey",      "passphrase",
      "dummy",    "abc",      "xyz",       "pass",     "word"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

// Whether `run` (lower-case letters) splits into placeholder words.
bool SplitsIntoPlaceholderWords(std::string_view run) {
  std::vector<bool> ok(run.size() + 1, false);
  ok[0] = true;
  for (size_t e = 1; e <= run.size(); ++e)
    for (size_t b = e >= 11 ? e - 11 : 0; b < e && !ok[e]; ++b)
      if (ok[b] && IsPlaceholderWord(run.substr(b, e - b))) ok[e] = true;
  return ok[run.size()];
}

bool IsPlaceholderPhrase(std::string_view lower) {
  size_t letters = 0, longest = 0;
  for (size_t i = 0; i < lower.size();) {
    if (!IsLowerAlpha(lower[i])) {
      ++i;
      continue;
    }
    const size_t b = i;
    while (i < lower.size() && IsLowerAlpha(lower[i])) ++i;
    if (!SplitsIntoPlaceholderWords(lower.substr(b, i - b))) return false;
    letters += i - b;
    longest = std::max(longest, i - b);
  }
  // The letters carry the value, in a real word: pass1234 is a phrase, 9Me4It7! is not.
  return longest >= 4 && letters * 2 >= lower.size();
}

// YourPingdomApiToken, MyDbPassword, ApiKeyHere, EnterYourSecret: a CamelCase phrase
// (letters only) that opens with a possessive or an imperative, or ends in what it
// stands for.
bool IsCamelPlaceholder(std::string_view v) {
  if (v.size() < 6 || !std::all_of(v.begin(), v.end(), IsAlpha)) return false;
  std::vector<std::string> words;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i == 0 || IsUpper(v[i])) words.emplace_back();
    words.back() += Lower(v[i]);
  }
  if (words.size() < 2) return false;
  for (const std::string& w : words)
    if (w.size() == 1 && w != "a") return false;  // RaNdOm case is not a phrase
  return In(words.front(), {"your", "my", "enter", "insert", "put", "paste", "add", "replace",
                            "some", "the", "set", "fill", "generate"}) ||
         In(words.back(),
            {"here", "token", "key", "secret", "password", "pass", "pwd", "passwd", "value", "val",
             "id", "string", "placeholder", "credential", "credentials", "creds", "goes"});
}

// One step on the alphabet, the digits or a keyboard row (case-folded), or a repeat.
bool IsStep(char a, char b) {
  a = Lower(a);
  b = Lower(b);
  if (a == b) return true;
  const bool alnum = (IsDigit(a) && IsDigit(b)) || (IsLowerAlpha(a) && IsLowerAlpha(b));
  if (alnum && (a + 1 == b || b + 1 == a)) return true;
  for (std::string_view row : {"qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"}) {
    const size_t i = row.find(a), j = row.find(b);
    if (i != std::string_view::npos && j != std::string_view::npos && (i + 1 == j || j + 1 == i))
      return true;
  }
  return false;
}

// 12345678, abcdef12, abc123XYZ, qwerty123, abcabcabc, Ab1!Ab1!: runs of steps, or a
// short unit repeated.
bool IsSequence(std::string_view v) {
  if (v.size() < 4) return false;
  size_t steps = 0;
  for (size_t i = 1; i < v.size(); ++i) steps += IsStep(v[i - 1], v[i]);
  if (steps * 4 >= (v.size() - 1) * 3) return true;
  // Interleaved: 1a2b3c4d-5e6f-7a8b (every other character steps), separators dropped.
  std::string packed;
  for (char c : v)
    if (!IsSep(c)) packed += c;
  if (packed.size() >= 8) {
    size_t every_other = 0;
    for (size_t i = 2; i < packed.size(); ++i) every_other += IsStep(packed[i - 2], packed[i]);
    if (every_other * 4 >= (packed.size() - 2) * 3) return true;
  }
  for (size_t p = 1; p * 2 <= v.size(); ++p) {
    size_t i = p;
    while (i < v.size() && v[i] == v[i - p]) ++i;
    if (i == v.size()) return true;
  }
  return false;
}

bool IsIdentChar(char c) { return IsAlpha(c) || IsDigit(c) || c == '_'; }

// %s, %v, %(name)s, {0}, {}, {name}, $1, :name, @name, ?: a value filled in by a format
// call or a query binding.
bool IsFormatVerb(std::string_view v) {
  for (size_t i = 0; i + 1 < v.size(); ++i) {
    if (v[i] != '%') continue;
    const char c = v[i + 1];
    const bool bounded = i + 2 >= v.size() || !IsIdentChar(v[i + 2]);
    if ((c == 's' || c == 'v' || c == 'd' || c == 'q') && bounded) return true;
    if (c == '(' && v.find(')', i) != std::string_view::npos) return true;
  }
  if (v == "?" || v == "{}") return true;
  const auto ident = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), IsIdentChar);
  };
  if (v.size() > 2 &&
      ((v.front() == '{' && v.back() == '}') || (v.front() == '[' && v.back() == ']')))
    if (ident(v.substr(1, v.size() - 2))) return true;
  if (v.size() > 1 && (v.front() == ':' || v.front() == '@' || v.front() == '?') &&
      ident(v.substr(1)))
    return true;
  // {self.client_token}, prefix-{name}: a Python f-string or str.format field.
  for (size_t open = v.find('{'); open != std::string_view::npos; open = v.find('{', open + 1)) {
    const size_t close = v.find('}', open);
    if (close == std::string_view::npos) break;
    const std::string_view field = v.substr(open + 1, close - open - 1);
    if (!field.empty() && (IsAlpha(field[0]) || field[0] == '_') &&
        std::all_of(field.begin(), field.end(), [](char c) { return IsIdentChar(c) || c == '.'; }))
      return true;
  }
  return false;
}

// Authentication methods and algorithms that settings name instead of a secret
// (POSTGRES_HOST_AUTH_METHOD, pg_hba.conf, SASL mechanisms, JWT algorithms).
bool IsEnumeration(std::string_view v) {
  const std::string lower = AsciiLower(v);
  static constexpr std::string_view kNames[] = {
      "scram-sha-256", "scram-sha-512", "scram-sha-1",
      "md5",           "trust",         "peer",
      "ident",         "reject",        "cert",
      "gss",           "sspi",          "ldap",
      "radius",        "pam",           "plain",
      "login",         "cram-md5",      "digest-md5",
      "gssapi",        "oauthbearer",   "external",
      "anonymous",     "ntlm",          "kerberos",
      "basic",         "bearer",        "digest",
      "sha1",          "sha256",        "sha512",
      "bcrypt",        "scrypt",        "argon2",
      "argon2id",      "pbkdf2",        "hs256",
      "hs384",         "hs512",         "rs256",
      "rs384",         "rs512",         "es256",
      "es384",         "es512",         "ps256",
      "eddsa",         "oauth2",        "oidc",
      "saml",          "mtls",          "aws4-hmac-sha256"};
  for (std::string_view n : kNames)
    if (lower == n) return true;
  // aes-256-gcm, tls-1-2, chacha20-poly1305 stays: lower-case words and numbers only.
  const auto segs = Segments(v);
  if (segs.size() < 2) return false;
  bool word = false;
  for (std::string_view s : segs) {
    const bool letters = std::all_of(s.begin(), s.end(), IsLowerAlpha);
    if (!letters && !std::all_of(s.begin(), s.end(), IsDigit)) return false;
    word = word || letters;
  }
  return word;
}

bool IsHex(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  });
}

bool IsUuid(std::string_view v) {
  if (v.size() != 36) return false;
  for (size_t i : {8u, 13u, 18u, 23u})
    if (v[i] != '-') return false;
  return IsHex(v.substr(0, 8)) && IsHex(v.substr(9, 4)) && IsHex(v.substr(14, 4)) &&
         IsHex(v.substr(19, 4)) && IsHex(v.substr(24));
}

// 1.2.3, ^4.24.5, ~> 2.0, v1.2.3-beta.1, >=3.1: a version or version range (package
// manifests map names such as next-auth or passport-token to them).
bool IsVersion(std::string_view v) {
  size_t i = 0;
  while (i < v.size() && (v[i] == '^' || v[i] == '~' || v[i] == '>' || v[i] == '<' || v[i] == '=' ||
                          v[i] == 'v' || v[i] == ' '))
    ++i;
  size_t dots = 0, digits = 0;
  for (; i < v.size() && v[i] != '-' && v[i] != '+'; ++i) {
    if (v[i] == '.') ++dots;
    else if (IsDigit(v[i])) ++digits;
    else if (v[i] != 'x' && v[i] != '*') return false;
  }
  // A pre-release or build suffix: lower-case words and numbers (-beta.1, +build.5).
  for (; i < v.size(); ++i)
    if (!IsLowerAlpha(v[i]) && !IsDigit(v[i]) && !IsSep(v[i]) && v[i] != '+') return false;
  return dots >= 1 && digits >= 1;
}

}  // namespace

bool IsNonSecretValue(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  if (IsPlaceholder(v)) return true;
  const std::string lower = AsciiLower(v);
  return IsAllCapsPhrase(v) || IsCamelPlaceholder(v) || IsPlaceholderPhrase(lower) ||
         IsSequence(v) || IsFormatVerb(v) || IsEnumeration(v) || IsVersion(v);
}

bool IsIdentifierValue(std::string_view key, std::string_view v) {
  std::string_view body = v;
  if (body.starts_with("sha256:") || body.starts_with("sha512:")) body.remove_prefix(7);
  const bool shaped =
      IsUuid(v) || (IsHex(body) && (body.size() == 40 || body.size() == 64 || body.size() == 128 ||
                                    (body.size() >= 7 && body.size() <= 12)));
  if (!shaped) return false;
  for (const std::string& w : Words(key))
    if (In(w, {"commit",   "sha",          "digest",    "revision",     "rev",          "hash",
               "checksum", "etag",         "tenant",    "client",       "subscription", "object",
               "app",      "application",  "directory", "project",      "account",      "id",
               "uuid",     "guid",         "build",     "version",      "image",        "tag",
               "ref",      "installation", "org",       "organization", "workspace",    "instance",
               "resource", "principal",    "tenantid",  "clientid",     "appid"}))
      return true;
  return false;
}

bool IsSecretValueFor(std::string_view key, std::string_view value) {
  // PassStateEntered = "PassStateEntered", DB_PASSWORD=db-password: an enum constant or a
  // name repeating itself.
  if (Words(key) == Words(value)) return false;
  return LooksLikeSecretValue(value) && !IsNonSecretValue(value) && !IsIdentifierValue(key, value);
}

double Entropy(std::string_view s) {
  if (s.empty()) return 0;
  std::array<uint32_t, 256> counts{};
  for (unsigned char c : s) ++counts[c];
  double h = 0;
  const double n = static_cast<double>(s.size());
  for (uint32_t k : counts)
    if (k) h -= (k / n) * Log2(k / n);
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
