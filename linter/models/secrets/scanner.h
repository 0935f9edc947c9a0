// Scanner: the one pass of the secrets engine over a file. The prefilter finds every
// detector keyword (and every secret-sounding word for the context rules) in a single
// sweep; each detector's RE2 pattern then runs only on a window around its hits, and
// the matches are validated (placeholders, entropy, JWT headers, key bodies).
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "linter/models/secrets/assignments.h"
#include "linter/models/secrets/detectors.h"
#include "linter/models/secrets/prefilter.h"
#include "linter/core/source.h"

namespace k8slint::secrets {

struct SecretMatch {
  const Detector* detector = nullptr;
  uint32_t order = 0;                     // the detector's index in the scanner's list
  size_t begin = 0, end = 0;              // the secret itself (a URL's password)
  size_t match_begin = 0, match_end = 0;  // the whole match (the URL; the key header)
  std::string_view scheme, user;          // URL detectors only
};

struct ScanResult {
  std::vector<SecretMatch> matches;  // by offset
  // Offsets of secret-sounding words (password, secret, token, key, auth, cred, pwd):
  // the lines the context rules look at.
  std::vector<size_t> word_hits;
};

class Scanner {
 public:
  // Scans for `detectors`, which must outlive the scanner (the SE rules keep theirs in
  // static storage). One scanner serves a run (the engine builds it
  // from the rules); Scan is thread-safe. Their order decides the order of matches at one offset.
  // Each pattern compiles the first time one of its keywords is found, so a run over a few small
  // files pays for the few detectors it needs.
  explicit Scanner(std::vector<const Detector*> detectors);

  void Scan(std::string_view text, ScanResult* out) const;
  // Whether any detector matches inside `value` (so a context rule leaves it to the
  // provider rule instead of reporting it twice).
  bool AnyDetectorMatches(std::string_view value) const;

 private:
  bool Validate(uint32_t i, std::string_view text, size_t window_begin, size_t window_end,
                std::vector<SecretMatch>* out) const;
  // Detector i's compiled pattern. Thread-safe.
  const RE2& Pattern(uint32_t i) const;

  const std::vector<const Detector*> detectors_;
  // Parallel to detectors_; slot i is written once, under compiled_[i].
  mutable std::vector<std::unique_ptr<RE2>> patterns_;
  std::unique_ptr<std::once_flag[]> compiled_;
  // Built on first use, like the patterns: every run constructs the scanner, but a run
  // without SE rules never scans (pre-commit on one Dockerfile).
  const Prefilter& Keywords() const;
  mutable std::once_flag prefilter_built_;
  mutable std::unique_ptr<Prefilter> prefilter_;
};

}  // namespace k8slint::secrets
