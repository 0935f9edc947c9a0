// Printable: control characters, invisible line breakers and bytes that are not UTF-8
// become visible escapes; nothing else changes.
#include <boost/test/unit_test.hpp>

#include "linter/core/printable.h"

namespace k8slint::testing {

BOOST_AUTO_TEST_SUITE(printable)

BOOST_AUTO_TEST_CASE(escapes_controls_and_keeps_text) {
  BOOST_TEST(Printable("plain text: caf\xC3\xA9 \xE2\x80\xA6 \xF0\x9F\x99\x82") ==
             "plain text: caf\xC3\xA9 \xE2\x80\xA6 \xF0\x9F\x99\x82");
  BOOST_TEST(Printable("a\nb\rc\td\x1b[31m\x7f\x01") == "a\\nb\\rc\\td\\x1b[31m\\x7f\\x01");
  BOOST_TEST(Printable("c1\xC2\x9B"
                       "2J nel\xC2\x85") == "c1\\u009b2J nel\\u0085");
  BOOST_TEST(Printable("bidi\xE2\x80\xAE ls\xE2\x80\xA8") == "bidi\\u202e ls\\u2028");
}

BOOST_AUTO_TEST_CASE(bytes_that_are_not_utf8_are_kept_as_hex) {
  BOOST_TEST(Printable("bad\xFF\xFEname") == "bad\\xff\\xfename");
  BOOST_TEST(Printable("\xC0\xAF overlong") == "\\xc0\\xaf overlong");
  BOOST_TEST(Printable("\xED\xA0\x80 surrogate") == "\\xed\\xa0\\x80 surrogate");
  BOOST_TEST(Printable("cut \xE2\x80") == "cut \\xe2\\x80");
}

BOOST_AUTO_TEST_CASE(paths_escape_backslashes_so_they_map_back) {
  BOOST_TEST(Printable("a\\xff", {.path = true}) == "a\\\\xff");
  BOOST_TEST(Printable("a\xFF", {.path = true}) == "a\\xff");
  BOOST_TEST(Printable("a\\b") == "a\\b");
}

BOOST_AUTO_TEST_CASE(workflow_commands_cannot_start) {
  BOOST_TEST(Printable("::error::x", {.workflow = true}) == "\\x3a:error::x");
  BOOST_TEST(Printable("  ::error::x", {.workflow = true}) == "  \\x3a:error::x");
  BOOST_TEST(Printable("[IO.File]::ReadAllText", {.workflow = true}) == "[IO.File]::ReadAllText");
  BOOST_TEST(Printable("::error::x") == "::error::x");
  BOOST_TEST(Printable("a ##[error]b") == "a ##\\x5berror]b");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
