// The YAML model's line view: `key: value` read one line at a time, for what must work
// where the tree cannot (Helm templates and other files that do not parse) and for the
// secrets-only fast path, which must not pay for a parse. The only text-level YAML
// reader; everything else walks the tree (tree.h, model.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/assignment.h"
#include "linter/core/source.h"

namespace k8slint::yaml {

// `key: value` (after any `- ` item markers); no value for block scalars, flow
// collections, empty values and aliases. The value has its quotes and trailing comment
// removed.
std::optional<Assignment> ParseLine(std::string_view line);
// Leading spaces and `- ` markers of a YAML line: the column its key starts at.
size_t KeyIndent(std::string_view line);

// A `kind: Secret` document and the entries of its top-level data/stringData maps.
struct SecretEntry {
  std::string map;  // "data" or "stringData"
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

}  // namespace k8slint::yaml
