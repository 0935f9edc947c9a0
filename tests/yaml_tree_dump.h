// Every node of a parsed YAML tree in document order (kind, offset, flags and scalar
// text) and its errors, as one string: tests and the YAML fuzz harness compare the trees
// that two ways of parsing the same text give.
#pragma once

#include <string>
#include <vector>

#include "linter/models/yaml/tree.h"

namespace k8slint::yaml {

inline void DumpNode(const Node& n, std::string* out) {
  *out += std::to_string(static_cast<int>(n.kind())) + "@" + std::to_string(n.offset());
  if (n.IsScalar())
    *out += (n.quoted() ? "q" : "") + std::string(n.templated() ? "t" : "") + "=" +
            std::string(n.scalar());
  *out += ";";
  if (n.IsMap())
    for (size_t i = 0; i < n.size(); ++i) {
      DumpNode(n.KeyAt(i), out);
      DumpNode(n.ValueAt(i), out);
    }
  if (n.IsSequence())
    for (size_t i = 0; i < n.size(); ++i) DumpNode(n.Item(i), out);
}

inline std::string DumpTree(const Tree& tree, const std::vector<ParseError>& errors) {
  std::string out = std::to_string(tree.docs().size()) + " docs\n";
  for (size_t d = 0; d < tree.docs().size(); ++d) {
    out += "doc line " + std::to_string(tree.docs()[d].first_line) + ": ";
    DumpNode(tree.root(d), &out);
    out += "\n";
  }
  for (const ParseError& e : errors)
    out += std::to_string(e.span.begin.line) + ":" + std::to_string(e.span.begin.column) + " " +
           e.message + "\n";
  return out;
}

}  // namespace k8slint::yaml
