// Issue 13, item 4: long literal block scalar bodies are not handed to yaml-cpp (their
// value is read from the text), and the tree must be the one yaml-cpp builds from every
// byte: same documents, nodes, offsets, values and errors, for every YAML file of the
// fixtures and examples with every body cut, and for the shapes where a cut is unsafe.
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "linter/core/source.h"
#include "linter/models/yaml/block_elision.h"
#include "linter/models/yaml/parallel.h"
#include "linter/models/yaml/tree.h"
#include "tests/yaml_tree_dump.h"

namespace k8slint::yaml {
namespace {

std::string DumpElided(const SourceFile& source, size_t min_elided) {
  std::vector<ParseError> errors;
  const std::unique_ptr<Tree> tree = ParseTreeEliding(source, &errors, min_elided);
  return DumpTree(*tree, errors);
}

size_t Cuts(std::string_view text) {
  Elision e;
  return ElideBlockScalars(text, 0, &e) ? e.scalars.size() : 0;
}

// The text as a Windows checkout (git's autocrlf) has it.
std::string Crlf(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

void ExpectSameTree(const std::string& name, const std::string& text) {
  const SourceFile source(name, InputKind::kManifest, text);
  BOOST_TEST_CONTEXT(name) { BOOST_TEST(DumpElided(source, 0) == DumpElided(source, SIZE_MAX)); }
}

BOOST_AUTO_TEST_SUITE(yaml_block_elision)

BOOST_AUTO_TEST_CASE(every_yaml_file_of_fixtures_and_examples_parses_alike_with_cuts) {
  namespace fs = std::filesystem;
  size_t files = 0, with_cuts = 0;
  for (const char* dir : {"/fixtures", "/examples"}) {
    for (const auto& entry :
         fs::recursive_directory_iterator(std::string(K8SLINT_SOURCE_DIR) + dir)) {
      const std::string ext = entry.path().extension().string();
      if (!entry.is_regular_file() || (ext != ".yaml" && ext != ".yml")) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      ExpectSameTree(entry.path().string(), text.str());
      ++files;
      if (Cuts(text.str()) > 0) ++with_cuts;
      // Each file again as a Windows checkout has it (those with CR bytes already are one).
      if (text.str().find('\r') != std::string::npos) continue;
      ExpectSameTree(entry.path().string() + " (CRLF)", Crlf(text.str()));
      BOOST_TEST(Cuts(Crlf(text.str())) == Cuts(text.str()), entry.path());
    }
  }
  // The comparison means something only if many files hold block scalars.
  BOOST_TEST(files > 400u);
  BOOST_TEST(with_cuts >= 10u);
}

// A Grafana dashboard and an nginx config in a ConfigMap: the case the cut is for.
const char kConfigMap[] = R"(apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  nginx.conf: |
    server {
      listen 8080;

      location /health {
        return 200 "ok";
      }
    }
  dashboard.json: |-
    {
      "title": "web",
      "panels": [ {"id": 1, "type": "graph"} ]
    }


  run.sh: |  # started by the entrypoint
    #!/bin/sh
    exec nginx -g 'daemon off;'
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          args:
            - |
              --config=/etc/nginx/nginx.conf
              --log-level=info
          command: ["nginx"]
)";

BOOST_AUTO_TEST_CASE(values_and_positions_after_each_cut_are_yaml_cpps) {
  BOOST_TEST(Cuts(kConfigMap) == 4u);  // nginx.conf, dashboard.json, run.sh, the `- |` arg
  ExpectSameTree("configmap.yaml", kConfigMap);
  const SourceFile source("configmap.yaml", InputKind::kManifest, kConfigMap);
  std::vector<ParseError> errors;
  const std::unique_ptr<Tree> tree = ParseTreeEliding(source, &errors, 0);
  BOOST_REQUIRE(tree->docs().size() == 2u);
  const Node data = tree->root(0).Get("data");
  BOOST_TEST(data.Get("nginx.conf").scalar() ==
             "server {\n  listen 8080;\n\n  location /health {\n    return 200 \"ok\";\n  }\n}\n");
  BOOST_TEST(data.Get("dashboard.json").scalar().back() == '}');  // `|-`: no final break
  BOOST_TEST(source.PositionAt(tree->root(1).Get("kind").offset()).line == 26u);
}

// The same file checked out with CRLF line breaks: cut alike, values with `\n` breaks as
// yaml-cpp gives them, positions unchanged.
BOOST_AUTO_TEST_CASE(crlf_line_breaks_are_cut_alike) {
  const std::string text = Crlf(kConfigMap);
  BOOST_TEST(Cuts(text) == 4u);
  ExpectSameTree("configmap.yaml (CRLF)", text);
  const SourceFile lf("configmap.yaml", InputKind::kManifest, kConfigMap);
  const SourceFile crlf("configmap.yaml", InputKind::kManifest, text);
  std::vector<ParseError> errors;
  const std::unique_ptr<Tree> a = ParseTreeEliding(lf, &errors, 0);
  const std::unique_ptr<Tree> b = ParseTreeEliding(crlf, &errors, 0);
  BOOST_TEST(b->root(0).Get("data").Get("nginx.conf").scalar() ==
             a->root(0).Get("data").Get("nginx.conf").scalar());
  BOOST_TEST(crlf.PositionAt(b->root(1).Get("kind").offset()).line == 26u);
}

// Shapes whose extent is not certain from the lines: left to yaml-cpp, same tree.
BOOST_AUTO_TEST_CASE(unsafe_shapes_are_not_cut_and_parse_alike) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"keep chomping", "a: |+\n  one\n\n\nb: 1\n"},
      {"indentation indicator", "a: |2\n    indented\n  base\nb: 1\n"},
      {"folded", "a: >\n  one\n  two\nb: 1\n"},
      {"empty scalar", "a: |\nb: 1\n"},
      {"leading line with more spaces", "a: |\n      \n  text\nb: 1\n"},
      {"blank line with spaces kept", "a: |\n  one\n    \n  two\nb: 1\n"},
      {"tab before content", "a: |\n\tone\nb: 1\n"},
      {"no final line break", "a: |\n  one\n  two"},
      {"carriage return inside the body", "a: |\r\n  one\rtwo\r\n  three\r\nb: 1\r\n"},
      {"carriage return inside a line-feed body", "a: |\n  one\rtwo\nb: 1\n"},
      // Found by the YAML fuzz harness: yaml-cpp reads 0x04 as the end of its input.
      {"NUL in the body", std::string("a: |\n  one\0two\nb: 1\n", 20)},
      {"end-of-input byte in the body", "a: |\n  one\x04two\nb: 1\n"},
  };
  for (const auto& [name, text] : cases) {
    BOOST_TEST_CONTEXT(name) { BOOST_TEST(Cuts(text) == 0u); }
    ExpectSameTree(name, text);
  }
}

// Lines that look like headers but are not block scalars to YAML: the cut does not hold
// against yaml-cpp's events and the whole text is parsed instead.
BOOST_AUTO_TEST_CASE(a_header_inside_another_scalar_falls_back_to_the_whole_text) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"inside a double-quoted scalar", "a: \"text\n  b: |\n    more\n  \"\nc: 1\n"},
      {"inside a plain multi-line scalar", "a: one\n  b: |\n    two\nc: 1\n"},
      {"inside a folded scalar", "a: >\n  b: |\n    two\nc: 1\n"},
      {"header of a flow value", "a: [1,\n  b: |\n    x]\n"},
      {"syntax error after a cut", "a: |\n  text\nb: [1\n"},
  };
  for (const auto& [name, text] : cases) ExpectSameTree(name, text);
}

// Block scalars of every shape the cut must get right or leave alone, generated: the
// header (map key, sequence item, compact `- key:`, comment, chomping, indicator), the
// indentation, blank lines with and without spaces, content that looks like YAML, and
// what follows (a sibling, a parent key, a document marker, the end of the text).
BOOST_AUTO_TEST_CASE(generated_block_scalars_parse_alike_with_cuts) {
  const std::vector<std::string> headers = {"key: |",  "key: |-",       "key: |+",   "key: >",
                                            "key: |2", "key: | # note", "- |",       "- key: |",
                                            "- - |",   "key: !!str |",  "key: &a |", "\"q k\": |"};
  const std::vector<std::string> bodies = {
      "one\ntwo\n",
      "\none\n\n  deeper\n",
      "key: |\n  nested: [1, 2]\n# not a comment\n",
      "tab\tinside\n---not a marker\n",
      "{\"json\": true,\n  \"list\": [1, 2]}\n",
  };
  const std::vector<std::string> blanks = {"", "\n", "\n\n", " \n", "     \n"};
  const std::vector<std::string> tails = {"next: 1\n", "---\nnext: 1\n", "", "  - item\n",
                                          "    odd: 1\n"};
  uint64_t seed = 7;
  auto pick = [&](size_t n) {
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    return static_cast<size_t>(seed >> 33) % n;
  };
  size_t cut_files = 0;
  for (int i = 0; i < 3000; ++i) {
    const size_t base = pick(3) * 2;   // indentation of the header line
    const size_t extra = 1 + pick(4);  // content indentation past it
    const std::string pad(base, ' ');
    std::string text = "top: 0\n" + (base > 0 ? "outer:\n" : std::string()) + pad +
                       headers[pick(headers.size())] + "\n" + blanks[pick(blanks.size())];
    const std::string content(base + extra + (pick(2) ? 2 : 0), ' ');
    std::string body = bodies[pick(bodies.size())];
    for (size_t at = 0; at < body.size();) {
      const size_t nl = body.find('\n', at);
      const std::string line = body.substr(at, nl - at);
      text += (line.empty() ? "" : content + line) + "\n";
      at = nl + 1;
    }
    text += blanks[pick(blanks.size())];
    const std::string tail = tails[pick(tails.size())];
    text += pick(2) ? pad + tail : tail;
    if (pick(5) == 0 && text.back() == '\n') text.pop_back();
    if (pick(4) == 0) text = Crlf(text);
    if (Cuts(text) > 0) ++cut_files;
    ExpectSameTree("generated " + std::to_string(i) + ":\n" + text, text);
  }
  BOOST_TEST(cut_files > 1000u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace k8slint::yaml
