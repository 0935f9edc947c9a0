// Issue 13: a large multi-document file is cut at its `---` lines and the parts parsed on
// several threads. The joined tree must be the whole-file parse's: same documents, the
// same nodes at the same offsets, the same errors, and nothing after a syntax error.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "linter/core/source.h"
#include "linter/models/yaml/parallel.h"
#include "linter/models/yaml/tree.h"

namespace k8slint::yaml {
namespace {

// Every node of the tree in document order: kind, offset and scalar text.
void Walk(const Node& n, std::string* out) {
  *out += std::to_string(static_cast<int>(n.kind())) + "@" + std::to_string(n.offset());
  if (n.IsScalar()) *out += "=" + std::string(n.scalar());
  *out += ";";
  if (n.IsMap())
    for (size_t i = 0; i < n.size(); ++i) {
      Walk(n.KeyAt(i), out);
      Walk(n.ValueAt(i), out);
    }
  if (n.IsSequence())
    for (size_t i = 0; i < n.size(); ++i) Walk(n.Item(i), out);
}

std::string Dump(const SourceFile& source, int threads) {
  std::vector<ParseError> errors;
  const std::unique_ptr<Tree> tree = ParseTree(source, &errors, threads);
  std::string out = std::to_string(tree->docs().size()) + " docs\n";
  for (size_t d = 0; d < tree->docs().size(); ++d) {
    out += "doc line " + std::to_string(tree->docs()[d].first_line) + ": ";
    Walk(tree->root(d), &out);
    out += "\n";
  }
  for (const ParseError& e : errors)
    out += std::to_string(e.span.begin.line) + ":" + std::to_string(e.span.begin.column) + " " +
           e.message + "\n";
  return out;
}

std::string Manifests(size_t bytes) {
  std::string text;
  for (size_t i = 0; text.size() < bytes; ++i)
    text += "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c" + std::to_string(i) +
            "\n  labels: &l {app: a" + std::to_string(i) + "}\ndata:\n  script: |\n    echo " +
            std::to_string(i) + "\n  dup: 1\n" + (i % 997 == 5 ? "  dup: 2\n" : "") +
            "  copy: *l\n";
  return text;
}

BOOST_AUTO_TEST_SUITE(yaml_split)

BOOST_AUTO_TEST_CASE(parts_parsed_on_threads_give_the_whole_file_tree) {
  const SourceFile source("all.yaml", InputKind::kManifest, Manifests(5 << 20));
  const std::string whole = Dump(source, 1);
  BOOST_TEST(whole.find("duplicate key 'dup'") != std::string::npos);
  BOOST_TEST((Dump(source, 2) == whole));
  BOOST_TEST((Dump(source, 3) == whole));
}

BOOST_AUTO_TEST_CASE(a_syntax_error_ends_the_stream_in_any_part) {
  std::string text = Manifests(5 << 20);
  // A broken document in the first of three parts.
  text.insert(text.find("\n---\n", text.size() / 4) + 1, "---\nkind: [unclosed\n");
  const SourceFile source("all.yaml", InputKind::kManifest, text);
  const std::string whole = Dump(source, 1);
  // The stream stops at the error: the documents after it are not in the tree.
  const SourceFile clean("all.yaml", InputKind::kManifest, Manifests(5 << 20));
  BOOST_TEST(std::stoul(whole) < std::stoul(Dump(clean, 1)) / 2);
  BOOST_TEST((Dump(source, 3) == whole));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace k8slint::yaml
