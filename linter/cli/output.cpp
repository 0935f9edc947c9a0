#include "linter/cli/output.h"

#include <iostream>
#include <memory>

#include "linter/core/printable.h"
#include "linter/core/registry.h"
#include "linter/models/secrets/in_text.h"
#include "rules/registry.h"
#include "rules/se/secret_scan.h"

namespace k8slint::cli {
namespace {

bool g_redact = true;

// Every rule's detectors, whatever the configuration enables: an error message may
// quote a secret of a disabled rule's shape just as well.
struct DefaultFinder {
  DefaultFinder() {
    (void)BuildAllRules(Config{}, &owned);
    scanner = std::make_unique<secrets::Scanner>(rules::SecretDetectors(owned));
    finder = std::make_unique<secrets::TextSecretFinder>(*scanner, /*random_words=*/true);
  }
  std::vector<std::unique_ptr<Rule>> owned;  // the detectors live in the rules' statics
  std::unique_ptr<secrets::Scanner> scanner;
  std::unique_ptr<secrets::TextSecretFinder> finder;
};

}  // namespace

void SetRedact(bool redact) { g_redact = redact; }
bool RedactEnabled() { return g_redact; }

const SecretFinder& OutputFinder() {
  static const DefaultFinder finder;
  return *finder.finder;
}

std::string Clean(std::string_view s) {
  const Redactor redactor(&OutputFinder(), g_redact);
  return Printable(redactor.Apply(s), {.workflow = true});
}

std::string CleanPath(std::string_view path) {
  const Redactor redactor(&OutputFinder(), g_redact);
  return Printable(redactor.Apply(path), {.path = true, .workflow = true});
}

void Error(std::string_view message) { std::cerr << "k8slint: " << Clean(message) << "\n"; }

}  // namespace k8slint::cli
