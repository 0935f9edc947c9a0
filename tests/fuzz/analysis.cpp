// k8slint_fuzz: the whole per-file analysis (every model, every rule but DF070, the
// suppression scan, the project phase over the one file) on an input whose first byte
// picks its kind (support.h: KindFromByte). Fails on a finding outside the file.
// docs/fuzzing.md says how to run it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "tests/fuzz/support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const k8slint::fuzz::KindChoice choice = k8slint::fuzz::KindFromByte(data[0]);
  k8slint::fuzz::LintWithEveryRule(choice.kind, choice.path,
                                   std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  return 0;
}
