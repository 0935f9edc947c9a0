// Issue 13: a large multi-document file is cut at its `---` lines and the parts parsed on
// several threads. The joined tree must be the whole-file parse's: same documents, the
// same nodes at the same offsets, the same errors, and nothing after a syntax error.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "linter/core/source.h"
#include "linter/models/yaml/parallel.h"
#include "linter/models/yaml/tree.h"
#include "tests/yaml_tree_dump.h"

namespace k8slint::yaml {
namespace {

std::string Dump(const SourceFile& source, int threads) {
  std::vector<ParseError> errors;
  const std::unique_ptr<Tree> tree = ParseTree(source, &errors, threads);
  return DumpTree(*tree, errors);
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
