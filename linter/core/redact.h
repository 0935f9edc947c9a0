// The one redaction point for secret values. Rules redact what they know is a secret
// (Redact); every string that then leaves k8slint (messages, related labels, paths,
// baselines, errors on stderr, `links`, `config`) goes through a Redactor, which
// replaces the secrets a file is known to hold and anything a detector finds in the
// string itself, so no report format or error message carries a full secret.
#pragma once

#include <cstdint>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace k8slint {

// "ghp_…(redacted, 40 chars)": a short prefix and the length in code points. The prefix
// is 4 code points for values of 20 or more, 2 for 10 to 19 and none below, so short
// passwords reveal nothing. With `redact` false (only `--no-redact`) the value is
// returned whole, for local debugging.
std::string Redact(std::string_view secret, bool redact = true);

// [begin, end) byte ranges of a string.
using ByteRanges = std::vector<std::pair<size_t, size_t>>;

// Finds secrets inside any string: the secrets scanner's detectors and secret-named
// assignments (linter/models/secrets/in_text.h implements it).
class SecretFinder {
 public:
  virtual ~SecretFinder() = default;
  // Appends the ranges of the secrets in `text` (in any order; they may overlap).
  virtual void Find(std::string_view text, ByteRanges* out) const = 0;
};

class Redactor {
 public:
  // `finder` may be null (only known secrets are replaced); it must outlive the redactor.
  // With `redact` false Apply returns its input (`--no-redact`); Mask always redacts.
  explicit Redactor(const SecretFinder* finder = nullptr, bool redact = true)
      : finder_(finder), redact_(redact) {}

  // Remembers a secret found elsewhere (a file's scanned secret), to be replaced wherever
  // it appears, and each half of a `user:password` secret. Values shorter than 6 bytes
  // are ignored: they would hit ordinary words.
  void AddKnown(std::string_view secret);
  const std::vector<std::string>& known() const { return known_; }

  // `text` with every secret replaced by Redact(secret), unless --no-redact.
  std::string Apply(std::string_view text) const {
    return redact_ ? Mask(text) : std::string(text);
  }
  // Always redacts: for fingerprints, which must not depend on --no-redact.
  std::string Mask(std::string_view text) const;

 private:
  void AddOne(std::string_view secret);
  const SecretFinder* finder_;
  bool redact_;
  std::vector<std::string> known_;
  // Known secrets by their first bytes, so a string is searched once for all of them.
  std::unordered_map<std::string, std::vector<uint32_t>> by_prefix_;
  bool first_byte_[256] = {};  // some known secret starts with this byte
};

}  // namespace k8slint
