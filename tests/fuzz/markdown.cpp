// k8slint_fuzz_markdown: the markdown fence finder (cmark) and the PowerShell scripts built from
// fences. docs/fuzzing.md says how to run it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "tests/fuzz/support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const k8slint::fuzz::Harness& harness = k8slint::fuzz::ModelHarness("markdown");
  k8slint::fuzz::BuildModels(harness, std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
