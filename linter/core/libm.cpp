#include "linter/core/libm.h"

#include <dlfcn.h>
#include <gnu/lib-names.h>

#include <cstdio>
#include <cstdlib>

namespace k8slint {
namespace {

struct Libm {
  double (*log2)(double) = nullptr;
  double (*pow)(double, double) = nullptr;
};

const Libm& Loaded() {
  static const Libm libm = [] {
    Libm m;
    // Part of the C library: already loaded where libstdc++ is a shared library, and
    // present wherever glibc is. Without it no entropy or quantity can be computed.
    if (void* handle = ::dlopen(LIBM_SO, RTLD_NOW | RTLD_LOCAL)) {
      m.log2 = reinterpret_cast<double (*)(double)>(::dlsym(handle, "log2"));
      m.pow = reinterpret_cast<double (*)(double, double)>(::dlsym(handle, "pow"));
    }
    if (m.log2 == nullptr || m.pow == nullptr) {
      std::fprintf(stderr, "k8slint: cannot load log2 and pow from %s\n", LIBM_SO);
      std::abort();
    }
    return m;
  }();
  return libm;
}

}  // namespace

double Log2(double x) { return Loaded().log2(x); }
double Pow(double base, double exponent) { return Loaded().pow(base, exponent); }

}  // namespace k8slint
