// The command line's one way out for text built from inputs: errors and notes on stderr,
// `links` and `config` on stdout. Each string is redacted (the secrets scanner's
// detectors and secret-named assignments, linter/core/redact.h) and escaped
// (linter/core/printable.h) before it is written.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "linter/core/redact.h"

namespace k8slint::cli {

// From the command line, before anything is printed: false only with --no-redact.
void SetRedact(bool redact);
bool RedactEnabled();
// Finds secrets with every rule's detectors; built on first use.
const SecretFinder& OutputFinder();
// Redacted (unless --no-redact) and escaped for a terminal or a CI log.
std::string Clean(std::string_view s);
// A path for a line of output: like Clean, and `\` escaped too.
std::string CleanPath(std::string_view path);
// Writes "k8slint: MESSAGE" and a line break to stderr, cleaned.
void Error(std::string_view message);

}  // namespace k8slint::cli
