// Text-level views of "name = literal" assignments, for the secrets context rules: in
// PowerShell and shell lines, and in the formats that sit inside other files (a
// ConfigMap's `application.properties: |`, a markdown fence, a JS or Go snippet, an XML
// config). YAML lines are read by the YAML model's line view (linter/models/yaml/lines.h).
// These readers only supply context to lines the scanner's one pass flagged.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "linter/core/assignment.h"

namespace k8slint::secrets {

using k8slint::Assignment;

// `$env:NAME = 'value'` and `$Name = "value"` with a quoted literal.
std::optional<Assignment> ParsePowerShellLine(std::string_view line);
// `export NAME=value`, `NAME=value` and `set NAME=value` (cmd) shell lines.
std::optional<Assignment> ParseShellLine(std::string_view line);

// How literals are written in a line's language.
enum class Syntax {
  kConfig,  // properties, ini, .env, TOML, HCL, shell, Makefile: bare values are literals
  kCode,    // JS, Go, Python, Java, ...: only quoted strings are; bare words are variables
  kJson,    // "key": "value"
  kXml,     // <password>value</password>, password="value", key="X" value="Y"
  kAny,     // unknown (a fence without a language, a block under an unknown key): config + XML
  kFlags,   // command-line flags only (--password=x, --token x): YAML args, scripts
};

// The syntax of a file or block scalar named `name` (application.properties, config.js,
// settings.xml); kAny when the extension says nothing.
Syntax SyntaxOfName(std::string_view name);
// The syntax of a markdown fence's language (`properties`, `js`, `xml`, ``).
Syntax SyntaxOfLanguage(std::string_view language);

// Every "name <sep> literal" on `line`: `key=value`, `key: value`, `key = "v"`,
// `const x = "v"`, `x := "v"`, `X ?= v`, `"key": "v"`, `'key' => 'v'`, `--key=v`,
// `--key v`, `<key>v</key>`, `key="v"`, and the pairs `key="X" value="v"` /
// `"name": "X", "value": "v"` (reported under X). Values that are expressions (a call, a
// member access, a bare identifier in code) are skipped.
void FindAssignments(std::string_view line, Syntax syntax, std::vector<Assignment>* out);

}  // namespace k8slint::secrets
