// What the fuzz harnesses of tests/fuzz/ share (docs/fuzzing.md): the input kinds each
// harness reads, the analysis harness's kind byte, and the calls that build one file's
// models or lint it with every rule on. A harness is one LLVMFuzzerTestOneInput; clang
// links it to libFuzzer, g++ to the mutation driver of driver.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/kind.h"

namespace k8slint::fuzz {

// A model harness: the kind it parses its input as, the path it gives the file (some
// models read the path: `.github/workflows/` holds the YAML whose steps are PowerShell),
// and the kinds of fixture files that seed it.
struct Harness {
  std::string_view name;  // k8slint_fuzz_<name>; seeds in <seeds>/<name>/
  InputKind kind;
  std::string_view path;
  std::vector<InputKind> seed_kinds;
};
const std::vector<Harness>& ModelHarnesses();
const Harness& ModelHarness(std::string_view name);

// The analysis harness (k8slint_fuzz, seeds in <seeds>/analysis/) reads its first byte as
// the input's kind and the rest as the file: byte % kInputKindCount is the kind (seed files
// start with its digit, '0' for a Dockerfile to '7' for text), and a manifest whose byte
// has bit 3 set ('9') is linted as a GitHub workflow.
inline constexpr std::string_view kAnalysisName = "analysis";
struct KindChoice {
  InputKind kind;
  std::string_view path;
};
KindChoice KindFromByte(uint8_t byte);
char ByteForKind(InputKind kind);

// Builds every model `harness` would build for a file of its kind (the engine's own
// FileModels, so the adapters between models run too) and touches each result.
void BuildModels(const Harness& harness, std::string text);

// Lints the file with every rule on but DF070 (it runs shellcheck, an external process)
// and aborts when a finding points outside the file.
void LintWithEveryRule(InputKind kind, std::string_view path, std::string text);

}  // namespace k8slint::fuzz
