#include "linter/models/secrets/scanner.h"

#include <cstdint>
#include <algorithm>
#include <cstring>
#include <iterator>
#include <string>

#include "linter/core/base64.h"
#include "linter/models/secrets/values.h"

namespace k8slint::secrets {
namespace {

// Keyword ids at or above this mark secret-sounding words, not detectors.
constexpr uint32_t kWordId = 1u << 30;
constexpr size_t kBack = 256;          // a match may start this far before its keyword
constexpr size_t kAhead = 4096;        // ... and end this far after it
constexpr size_t kKeyBody = 64 << 10;  // a private key's END line is searched this far

// The public Azurite emulator key (Microsoft documentation): not a secret.
constexpr std::string_view kAzuriteKey =
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

bool IsBase64Char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
         c == '/' || c == '=';
}

std::string_view Piece(const re2::StringPiece& p) { return {p.data(), p.size()}; }

// Where a window that contains `from` ends: the end of its line, or of the last line
// continued by a trailing `\` or backtick when `continued` (at most `limit`).
size_t WindowEnd(std::string_view text, size_t from, size_t limit, bool continued) {
  while (from < limit) {
    const void* nl = std::memchr(text.data() + from, '\n', limit - from);
    if (!nl) return limit;
    size_t end = static_cast<size_t>(static_cast<const char*>(nl) - text.data());
    if (!continued) return end;
    size_t last = end;
    if (last > from && text[last - 1] == '\r') --last;
    while (last > from && (text[last - 1] == ' ' || text[last - 1] == '\t')) --last;
    if (last == from || (text[last - 1] != '\\' && text[last - 1] != '`')) return end;
    from = end + 1;
  }
  return limit;
}

bool IsLowerHex(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// The last word of the identifier that ends just before a keyword-anchored value names
// what the value is about rather than a secret: `heroku_app_id: <uuid>` is an id.
bool IdentifierDescribes(std::string_view before_value) {
  size_t end = before_value.size();
  auto word_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  while (end > 0 && !word_char(before_value[end - 1])) --end;
  size_t begin = end;
  while (begin > 0 && word_char(before_value[begin - 1])) --begin;
  std::string word(before_value.substr(begin, end - begin));
  for (char& c : word) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  // camelCase: keep the last hump (sentryOrgId -> id).
  for (size_t i = end; i-- > begin + 1;) {
    const char c = before_value[i];
    if (c >= 'A' && c <= 'Z' && before_value[i - 1] >= 'a' && before_value[i - 1] <= 'z') {
      word = word.substr(i - begin);
      break;
    }
  }
  static constexpr std::string_view kDescribes[] = {
      "id",       "ids",      "uuid",    "guid",      "name",   "url",      "uri",       "host",
      "hostname", "endpoint", "region",  "email",     "user",   "username", "org",       "project",
      "version",  "path",     "file",    "dir",       "tenant", "domain",   "subdomain", "site",
      "env",      "channel",  "team",    "workspace", "portal", "zone",     "account",   "dsn",
      "slug",     "instance", "baseurl", "server",    "handle"};
  return std::find(std::begin(kDescribes), std::end(kDescribes), word) != std::end(kDescribes);
}

// A JWT's header (the part before the first dot) decodes to JSON naming alg or typ.
bool HasJwtHeader(std::string_view token) {
  const std::string header = DecodeBase64(token.substr(0, token.find('.')));
  return header.find("\"alg\"") != std::string::npos || header.find("\"typ\"") != std::string::npos;
}

// An environment-variable name standing for the value (`ACCESS_TOKEN`, `PASSWORD`):
// upper case, digits and underscores, with an underscore or without any digit.
bool IsVariableName(std::string_view v) {
  if (v.empty() || v.front() < 'A' || v.front() > 'Z') return false;
  bool underscore = false, digit = false;
  for (char c : v) {
    if (c == '_') underscore = true;
    else if (c >= '0' && c <= '9') digit = true;
    else if (c < 'A' || c > 'Z') return false;
  }
  return underscore || !digit;
}

// A credential written on a curl command line, not a stand-in for one. Short all-lower-case
// words (`-u foo:bar`, `alice:wonderland`) are documentation samples.
bool IsCurlCredential(std::string_view v) {
  if (v.size() < 6 || IsPlaceholder(v) || IsPlaceholderToken(v) || IsVariableName(v)) return false;
  return CharClasses(v) >= 2 || v.size() >= 16;
}

bool IsCurlUserPassword(std::string_view user, std::string_view password) {
  return password != user && !IsReference(user) && IsCurlCredential(password);
}

// `Basic <base64 of user:password>`: the scheme word right before the value.
bool AfterBasic(std::string_view before_value) {
  while (!before_value.empty() && (before_value.back() == ' ' || before_value.back() == '\t'))
    before_value.remove_suffix(1);
  if (before_value.size() < 5) return false;
  std::string word(before_value.substr(before_value.size() - 5));
  for (char& c : word) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return word == "basic";
}

bool IsCurlHeaderCredential(std::string_view value, std::string_view before_value) {
  if (!AfterBasic(before_value)) return value.size() >= 8 && IsCurlCredential(value);
  const std::string decoded = DecodeBase64(value);
  const size_t colon = decoded.find(':');
  if (colon == std::string::npos) return false;
  const std::string_view pair(decoded);
  return IsCurlUserPassword(pair.substr(0, colon), pair.substr(colon + 1));
}

}  // namespace

Scanner::Scanner(std::vector<const Detector*> detectors)
    : detectors_(std::move(detectors)), patterns_(detectors_.size()),
      compiled_(new std::once_flag[detectors_.size()]) {}

const Prefilter& Scanner::Keywords() const {
  std::call_once(prefilter_built_, [&] {
    std::vector<Prefilter::Keyword> keywords;
    size_t count = std::size(kSecretWords);
    for (const Detector* d : detectors_) count += d->keywords.size();
    keywords.reserve(count);
    // Views: the detectors outlive the scanner, and so its prefilter.
    for (uint32_t i = 0; i < detectors_.size(); ++i) {
      for (std::string_view k : detectors_[i]->keywords)
        keywords.push_back({k, detectors_[i]->fold, i});
    }
    // Their hits are ScanResult::word_hits.
    for (std::string_view w : kSecretWords) keywords.push_back({w, true, kWordId});
    prefilter_ = std::make_unique<Prefilter>(std::move(keywords));
  });
  return *prefilter_;
}

const RE2& Scanner::Pattern(uint32_t i) const {
  std::call_once(compiled_[i], [&] {
    RE2::Options options;
    options.set_log_errors(false);
    // RE2 built against Abseil takes absl::string_view, which need not be std::string_view.
    const std::string_view pattern = detectors_[i]->pattern;
    patterns_[i] = std::make_unique<RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
    // Detectors are compiled into the binary: a bad pattern is a programming error that
    // the detector tests catch, so fail loudly rather than scan without it.
    if (!patterns_[i]->ok()) std::abort();
  });
  return *patterns_[i];
}

bool Scanner::Validate(uint32_t i, std::string_view text, size_t window_begin, size_t window_end,
                       std::vector<SecretMatch>* out) const {
  const Detector& d = *detectors_[i];
  const RE2& re = Pattern(i);
  re2::StringPiece groups[5];
  const int ngroups = std::min(re.NumberOfCapturingGroups() + 1, 5);
  const re2::StringPiece all(text.data(), text.size());
  bool any = false;
  size_t pos = window_begin;
  while (pos < window_end && re.Match(all, pos, window_end, RE2::UNANCHORED, groups, ngroups)) {
    const size_t mb = static_cast<size_t>(groups[0].data() - text.data());
    const size_t me = mb + groups[0].size();
    pos = std::max(me, mb + 1);
    SecretMatch m{&d, i, 0, 0, mb, me, {}, {}};
    std::string_view secret = Piece(groups[1]);
    bool ok = true;
    switch (d.check) {
      case Check::kAwsKeyId:
        ok = !secret.ends_with("EXAMPLE") && !IsPlaceholderToken(secret);
        break;
      case Check::kToken: ok = !IsPlaceholderToken(secret); break;
      case Check::kMixedToken:
        ok = !IsPlaceholderToken(secret) && std::any_of(secret.begin(), secret.end(), [](char c) {
          return c >= '0' && c <= '9';
        }) && std::any_of(secret.begin(), secret.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        });
        break;
      case Check::kJwt: ok = HasJwtHeader(secret); break;
      case Check::kJwtBase64: {
        const std::string jwt = DecodeBase64(secret);
        ok = jwt.starts_with("eyJ") && jwt.find('.') != std::string::npos && HasJwtHeader(jwt);
        break;
      }
      case Check::kCurlUser:
        m.user = Piece(groups[1]);
        secret = Piece(groups[2]);
        ok = IsCurlUserPassword(m.user, secret);
        break;
      case Check::kCurlHeader:
        ok = IsCurlHeaderCredential(
            secret, text.substr(mb, static_cast<size_t>(secret.data() - text.data()) - mb));
        break;
      case Check::kPrivateKey: {
        const size_t body = me;
        const size_t limit = std::min(text.size(), body + kKeyBody);
        const size_t end = text.substr(0, limit).find("-----END", body);
        ok = false;
        if (end != std::string_view::npos) {
          size_t chars = 0;
          for (size_t k = body; k < end; ++k) chars += IsBase64Char(text[k]);
          ok = chars >= 64 && !IsPlaceholderToken(text.substr(body, end - body));
          secret = text.substr(body, end - body);
          pos = std::max(pos, end);
        }
        break;
      }
      case Check::kUrlPassword:
        m.scheme = Piece(groups[2]);
        m.user = Piece(groups[3]);
        secret = Piece(groups[4]);
        ok = !IsNonSecretValue(secret) && secret != m.user && !IsPlaceholderToken(secret);
        break;
      case Check::kAzureKey: ok = secret != kAzuriteKey && !IsPlaceholderToken(secret); break;
      case Check::kNotHex: ok = !IsLowerHex(secret) && !IsPlaceholderToken(secret); break;
      case Check::kKeyed:
        // A digit and two character classes: a word or a CamelCase phrase under a
        // provider-named key (`TWITTER_CONSUMER_KEY=MyTwitterConsumerKey`) is prose.
        ok = !IsPlaceholderToken(secret) && !IsPlaceholder(secret) && CharClasses(secret) >= 2 &&
             std::any_of(secret.begin(), secret.end(),
                         [](char c) { return c >= '0' && c <= '9'; }) &&
             !IdentifierDescribes(
                 text.substr(mb, static_cast<size_t>(secret.data() - text.data()) - mb));
        break;
    }
    if (!ok) continue;
    m.begin = static_cast<size_t>(secret.data() - text.data());
    m.end = m.begin + secret.size();
    if (out) out->push_back(m);
    any = true;
  }
  return any;
}

void Scanner::Scan(std::string_view text, ScanResult* out) const {
  std::vector<Prefilter::Hit> hits;
  Keywords().Scan(text, &hits);
  // Per detector: where its last window ended, so overlapping windows never rescan.
  std::vector<size_t> scanned(detectors_.size(), 0);
  for (const Prefilter::Hit& h : hits) {
    if (h.id >= kWordId) {
      out->word_hits.push_back(h.offset);
      continue;
    }
    if (h.offset < scanned[h.id]) continue;
    // Windows stay on the keyword's line: every detector matches within one line.
    size_t begin = h.offset > kBack ? h.offset - kBack : 0;
    if (const void* nl = memrchr(text.data() + begin, '\n', h.offset - begin))
      begin = static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1;
    begin = std::max(begin, scanned[h.id]);
    const size_t limit = std::min(text.size(), h.offset + kAhead);
    const size_t end = WindowEnd(text, h.offset, limit, detectors_[h.id]->continued_lines);
    const size_t before = out->matches.size();
    Validate(h.id, text, begin, end, &out->matches);
    scanned[h.id] = end;
    for (size_t i = before; i < out->matches.size(); ++i)
      scanned[h.id] = std::max(scanned[h.id], out->matches[i].match_end);
  }
  std::sort(out->matches.begin(), out->matches.end(),
            [](const SecretMatch& a, const SecretMatch& b) {
              return a.begin != b.begin ? a.begin < b.begin : a.order < b.order;
            });
}

bool Scanner::AnyDetectorMatches(std::string_view value) const {
  std::vector<Prefilter::Hit> hits;
  Keywords().Scan(value, &hits);
  for (const Prefilter::Hit& h : hits)
    if (h.id < kWordId && Validate(h.id, value, 0, value.size(), nullptr)) return true;
  return false;
}

}  // namespace k8slint::secrets
