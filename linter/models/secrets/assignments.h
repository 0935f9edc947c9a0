// Text-level views of "name = literal" assignments for the context rules, where k8slint
// has no model to ask (YAML lines before the YAML model lands, PowerShell and shell
// lines in scripts and markdown fences), and of Kubernetes Secret documents.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/source.h"

namespace k8slint::secrets {

struct Assignment {
  std::string_view key;
  std::string_view value;  // without quotes; views into the line
  size_t value_column = 0; // 0-based byte offset of the value (after an opening quote)
  bool quoted = false;
};

// `key: value` (after any `- ` item markers); no value for block scalars, flow
// collections, empty values and aliases. The value has its quotes and trailing comment
// removed.
std::optional<Assignment> ParseYamlLine(std::string_view line);
// Leading spaces and `- ` markers of a YAML line: the column its key starts at.
size_t YamlKeyIndent(std::string_view line);

// `$env:NAME = 'value'` and `$Name = "value"` with a quoted literal.
std::optional<Assignment> ParsePowerShellLine(std::string_view line);
// `export NAME=value`, `NAME=value` and `set NAME=value` (cmd) shell lines.
std::optional<Assignment> ParseShellLine(std::string_view line);

// A `kind: Secret` document and the entries of its top-level data/stringData maps.
struct SecretEntry {
  std::string map;    // "data" or "stringData"
  std::string key;
  std::string value;  // "" for a block scalar (then `block` is set)
  bool block = false;
  uint32_t line = 0;
  uint32_t column = 0;  // of the value
};
struct SecretDocument {
  std::string name;  // metadata.name, "" when absent
  uint32_t first_line = 0, last_line = 0;
  std::vector<SecretEntry> entries;
};

// Secret documents of a YAML text (`---`-separated); empty unless "kind: Secret" occurs.
std::vector<SecretDocument> FindSecretDocuments(const SourceFile& source);

}  // namespace k8slint::secrets
