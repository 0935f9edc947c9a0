// log2 and pow from the C library's libm, loaded on first use instead of linked. They are
// the only libm functions k8slint calls, and only on some inputs (the entropy of long
// words, quantities like `1e3`); loading libm at start costs every one-file run about
// a tenth of its time where process start is expensive (docs/pre-commit.md). They are the
// very functions std::log2 and std::pow call, so every result keeps its bits.
#pragma once

namespace k8slint {

double Log2(double x);
double Pow(double base, double exponent);

}  // namespace k8slint
