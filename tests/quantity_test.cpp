// Kubernetes quantity parsing: every suffix family, exponents, signs and garbage.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "linter/models/yaml/quantity.h"

namespace k8slint::yaml {
namespace {

struct Case {
  const char* text;
  double value;  // < -1e30 means "invalid"
};
std::ostream& operator<<(std::ostream& o, const Case& c) { return o << c.text; }

constexpr double kInvalid = -1e31;
const Case kCases[] = {
    {"1", 1},
    {"0.5", 0.5},
    {"100m", 0.1},
    {"250m", 0.25},
    {".5", 0.5},
    {"1.", 1},
    {"+2", 2},
    {"-1", -1},
    {"2k", 2000},
    {"1M", 1e6},
    {"1G", 1e9},
    {"1T", 1e12},
    {"1P", 1e15},
    {"1E", 1e18},
    {"1n", 1e-9},
    {"1u", 1e-6},
    {"1Ki", 1024},
    {"128Mi", 134217728},
    {"1.5Gi", 1610612736},
    {"1Ti", 1099511627776.0},
    {"1Pi", 1125899906842624.0},
    {"1Ei", 1152921504606846976.0},
    {"1e3", 1000},
    {"2E-3", 0.002},
    {"1.5e+2", 150},
    {"", kInvalid},
    {"m", kInvalid},
    {"1Gb", kInvalid},
    {"1 Gi", kInvalid},
    {"1mi", kInvalid},
    {"1KI", kInvalid},
    {"abc", kInvalid},
    {"1e", kInvalid},
    {"1e1.5", kInvalid},
    {"..5", kInvalid},
    {"1g", kInvalid},
    {"0x10", kInvalid},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(quantity)

BOOST_DATA_TEST_CASE(parses_like_kubernetes, boost::unit_test::data::make(kCases), c) {
  const std::optional<double> got = ParseQuantity(c.text);
  if (c.value < -1e30) {
    BOOST_TEST(!got.has_value());
  } else {
    BOOST_REQUIRE(got.has_value());
    BOOST_TEST(*got == c.value, boost::test_tools::tolerance(1e-9));
  }
}

BOOST_AUTO_TEST_CASE(formats_for_messages) {
  BOOST_TEST(FormatQuantity(0.01, true) == "10m");
  BOOST_TEST(FormatQuantity(8, true) == "8");
  BOOST_TEST(FormatQuantity(16 * 1048576.0, false) == "16Mi");
  BOOST_TEST(FormatQuantity(64 * 1073741824.0, false) == "64Gi");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::yaml
