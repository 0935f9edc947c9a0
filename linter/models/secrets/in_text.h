// TextSecretFinder: what the Redactor asks before any string leaves k8slint (a message,
// a path, an error, a `links` line). It finds the detectors' matches in the string
// itself, values assigned to secret-named keys (`password: ...`, `$Token = '...'`,
// `--password ...`, `"secret": "..."`) and passwords in `user:password@host`, so a
// message that quotes a line redacts the secret on it even when no rule reported it.
#pragma once

#include <string_view>

#include "linter/core/redact.h"
#include "linter/models/secrets/scanner.h"

namespace k8slint::secrets {

class TextSecretFinder final : public SecretFinder {
 public:
  // REQUIRES: `scanner` outlives the finder.
  // `random_words`: also redact any long random-looking word (RandomWords), for text
  // that has no context at all: command-line arguments and the errors quoting them.
  explicit TextSecretFinder(const Scanner& scanner, bool random_words = false)
      : scanner_(scanner), random_words_(random_words) {}
  void Find(std::string_view text, ByteRanges* out) const override;

 private:
  const Scanner& scanner_;
  bool random_words_;
};

// Words (runs of letters, digits, `+`, `=` and `_`) of 20 or more characters with three
// character classes and 3.5 bits of entropy per character: a bare AWS secret key or
// password passed where a rule name or a number was expected.
void FindRandomWords(std::string_view text, ByteRanges* out);

// Whether any detector could match in `text`: every detected secret is a run of 16 or
// more token characters, or a password after "://". Most messages are neither, and
// skipping the scanner keeps a run that never needed it from building its keyword index.
bool MayHoldDetectedSecret(std::string_view text);

// The ranges of values assigned to secret-named keys and of `user:password@host`
// passwords in `text` (the part of TextSecretFinder that needs no detector).
void FindSecretAssignments(std::string_view text, ByteRanges* out);

}  // namespace k8slint::secrets
