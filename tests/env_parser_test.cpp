// The .env parser: syntax, positions, and malformed lines as K8L001 findings that never
// echo a value.
#include <boost/test/unit_test.hpp>

#include "linter/models/env/model.h"
#include "linter/core/source.h"
#include "tests/test_support.h"

namespace k8slint::testing {
namespace {

std::unique_ptr<env::File> ParseText(const SourceFile& source) { return env::Parse(source); }

}  // namespace

BOOST_AUTO_TEST_SUITE(env_parser)

BOOST_AUTO_TEST_CASE(entries_with_positions) {
  SourceFile src(".env", InputKind::kEnv,
                 "# comment\n"
                 "A=1\n"
                 "export B = two words # trailing comment\n"
                 "  C='single # not a comment'\n"
                 "D=\"line\\nnext \\\"q\\\"\"\n"
                 "E\n"
                 "F=\n"
                 "G=x#not-a-comment\n");
  auto f = ParseText(src);
  BOOST_REQUIRE(f->errors.empty());
  BOOST_REQUIRE_EQUAL(f->entries.size(), 7u);
  const auto& e = f->entries;
  BOOST_CHECK_EQUAL(e[0].key, "A");
  BOOST_CHECK_EQUAL(e[0].value, "1");
  BOOST_CHECK_EQUAL(e[0].key_span.begin.line, 2u);
  BOOST_CHECK_EQUAL(e[0].value_begin.column, 3u);
  BOOST_CHECK(e[1].exported);
  BOOST_CHECK_EQUAL(e[1].value, "two words");
  BOOST_CHECK_EQUAL(e[1].key_span.begin.column, 8u);
  BOOST_CHECK_EQUAL(e[1].value_begin.column, 12u);
  BOOST_CHECK_EQUAL(e[2].value, "single # not a comment");
  BOOST_CHECK_EQUAL(e[2].quote, '\'');
  BOOST_CHECK_EQUAL(e[2].value_begin.column, 6u);
  BOOST_CHECK_EQUAL(e[3].value, "line\nnext \"q\"");
  BOOST_CHECK(!e[4].has_value);
  BOOST_CHECK(e[5].has_value);
  BOOST_CHECK_EQUAL(e[5].value, "");
  BOOST_CHECK_EQUAL(e[6].value, "x#not-a-comment");
}

BOOST_AUTO_TEST_CASE(multi_line_values_keep_later_lines_in_step) {
  SourceFile src(".env", InputKind::kEnv, "KEY=\"-----BEGIN\nbody\n-----END\"\r\nNEXT=1\r\n");
  auto f = ParseText(src);
  BOOST_REQUIRE(f->errors.empty());
  BOOST_REQUIRE_EQUAL(f->entries.size(), 2u);
  BOOST_CHECK_EQUAL(f->entries[0].value, "-----BEGIN\nbody\n-----END");
  BOOST_CHECK_EQUAL(f->entries[0].value_span.end.line, 3u);
  BOOST_CHECK_EQUAL(f->entries[1].key_span.begin.line, 4u);
  BOOST_CHECK_EQUAL(f->entries[1].value, "1");
}

BOOST_AUTO_TEST_CASE(malformed_lines_are_parse_errors_without_values) {
  const std::string secret = "Sup3r-S3cret-Passw0rd";
  const auto findings = LintText(".env",
                                 "GOOD=1\n"
                                 "BAD KEY=" +
                                     secret +
                                     "\n"
                                     "=nokey\n"
                                     "Q='unterminated " +
                                     secret + "\n",
                                 {"K8L001"});
  BOOST_REQUIRE_EQUAL(findings.size(), 3u);
  BOOST_CHECK_EQUAL(Summaries(findings)[0], "2:5 K8L001");
  BOOST_CHECK_EQUAL(findings[0].message, "expected '=' after BAD");
  BOOST_CHECK_EQUAL(Summaries(findings)[1], "3:1 K8L001");
  BOOST_CHECK_EQUAL(Summaries(findings)[2], "4:3 K8L001");
  BOOST_CHECK_EQUAL(findings[2].message, "unterminated single-quoted value of Q");
  for (const Finding& f : findings) BOOST_CHECK(f.message.find(secret) == std::string::npos);
}

BOOST_AUTO_TEST_CASE(text_after_closing_quote_is_an_error) {
  const auto findings = LintText(".env", "A=\"x\"y\nB=2\n", {"K8L001"});
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_CHECK_EQUAL(findings[0].message, "unexpected text after the closing quote of A");
}

BOOST_AUTO_TEST_CASE(templates_by_name) {
  for (const char* name :
       {".env.example", "x/.env.sample", ".env.template", "example.env", ".env.dist"}) {
    SourceFile src(name, InputKind::kEnv, "");
    BOOST_CHECK_MESSAGE(ParseText(src)->IsTemplate(), name);
  }
  for (const char* name : {".env", ".env.production", "prod.env", ".env.local"}) {
    SourceFile src(name, InputKind::kEnv, "");
    BOOST_CHECK_MESSAGE(!ParseText(src)->IsTemplate(), name);
  }
}

BOOST_AUTO_TEST_CASE(binary_and_odd_input_never_crash) {
  const std::string odd[] = {std::string("A=\0B\n", 5),
                             "\xff\xfe=\x80\n",
                             "'",
                             "\"",
                             "export",
                             "A=\\",
                             std::string(100000, '='),
                             "A=" + std::string(100000, '"')};
  for (const std::string& text : odd) {
    SourceFile src(".env", InputKind::kEnv, text);
    auto f = ParseText(src);
    BOOST_CHECK(f->entries.size() + f->errors.size() < 200000);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
