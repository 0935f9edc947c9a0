#include "linter/models/secrets/scanner.h"

#include <algorithm>
#include <cstring>
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
      "slug",     "instance", "baseurl", "server"};
  return std::find(std::begin(kDescribes), std::end(kDescribes), word) != std::end(kDescribes);
}

}  // namespace

Scanner::Scanner(std::vector<const Detector*> detectors)
    : detectors_(std::move(detectors)), patterns_(detectors_.size()),
      compiled_(new std::once_flag[detectors_.size()]) {}

const Prefilter& Scanner::Keywords() const {
  std::call_once(prefilter_built_, [&] {
    std::vector<Prefilter::Keyword> keywords;
    for (uint32_t i = 0; i < detectors_.size(); ++i) {
      for (std::string_view k : detectors_[i]->keywords)
        keywords.push_back({std::string(k), detectors_[i]->fold, i});
    }
    for (std::string_view w : {"pass", "pwd", "secret", "token", "key", "cred", "auth"})
      keywords.push_back({std::string(w), true, kWordId});
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
      case Check::kJwt: {
        const std::string header = DecodeBase64(secret.substr(0, secret.find('.')));
        ok = header.find("\"alg\"") != std::string::npos ||
             header.find("\"typ\"") != std::string::npos;
        break;
      }
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
        ok = !IsPlaceholder(secret) && secret != m.user && !IsPlaceholderToken(secret);
        break;
      case Check::kAzureKey: ok = secret != kAzuriteKey && !IsPlaceholderToken(secret); break;
      case Check::kNotHex: ok = !IsLowerHex(secret) && !IsPlaceholderToken(secret); break;
      case Check::kKeyed:
        ok = !IsPlaceholderToken(secret) && !IsPlaceholder(secret) &&
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
    const void* nl = std::memchr(text.data() + h.offset, '\n', limit - h.offset);
    const size_t end = nl ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) : limit;
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
