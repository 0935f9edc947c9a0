#include "linter/models/yaml/quantity.h"

#include <array>
#include <cstdio>
#include <utility>

#include "linter/core/libm.h"

namespace k8slint::yaml {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads [+-]digits[.digits] (either side may be empty, not both). Returns the number of
// bytes read, 0 when there is no number.
size_t ReadNumber(std::string_view s, bool allow_fraction, double* out) {
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  double value = 0;
  size_t digits = 0;
  for (; i < s.size() && IsDigit(s[i]); ++i, ++digits) value = value * 10 + (s[i] - '0');
  if (allow_fraction && i < s.size() && s[i] == '.') {
    ++i;
    double scale = 0.1;
    for (; i < s.size() && IsDigit(s[i]); ++i, ++digits, scale /= 10) value += (s[i] - '0') * scale;
  }
  if (digits == 0) return 0;
  *out = negative ? -value : value;
  return i;
}

}  // namespace

std::optional<double> ParseQuantity(std::string_view text) {
  double number = 0;
  const size_t n = ReadNumber(text, true, &number);
  if (n == 0) return std::nullopt;
  const std::string_view suffix = text.substr(n);
  static constexpr std::array<std::pair<std::string_view, double>, 14> kSuffixes = {{
      {"", 1},
      {"n", 1e-9},
      {"u", 1e-6},
      {"m", 1e-3},
      {"k", 1e3},
      {"M", 1e6},
      {"G", 1e9},
      {"T", 1e12},
      {"P", 1e15},
      {"E", 1e18},
      {"Ki", 1024.0},
      {"Mi", 1048576.0},
      {"Gi", 1073741824.0},
      {"Ti", 1099511627776.0},
  }};
  for (const auto& [s, factor] : kSuffixes)
    if (suffix == s) return number * factor;
  if (suffix == "Pi") return number * 1125899906842624.0;     // 1024^5, exact
  if (suffix == "Ei") return number * 1152921504606846976.0;  // 1024^6, exact
  if (suffix.size() > 1 && (suffix[0] == 'e' || suffix[0] == 'E')) {
    double exponent = 0;
    const std::string_view rest = suffix.substr(1);
    if (ReadNumber(rest, false, &exponent) == rest.size()) return number * Pow(10.0, exponent);
  }
  return std::nullopt;
}

std::string FormatQuantity(double value, bool cpu) {
  char buf[32];
  if (cpu) {
    if (value < 1) std::snprintf(buf, sizeof buf, "%gm", value * 1000);
    else std::snprintf(buf, sizeof buf, "%g", value);
  } else if (value >= 1073741824.0) {
    std::snprintf(buf, sizeof buf, "%gGi", value / 1073741824.0);
  } else {
    std::snprintf(buf, sizeof buf, "%gMi", value / 1048576.0);
  }
  return buf;
}

}  // namespace k8slint::yaml
