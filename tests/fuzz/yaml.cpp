// k8slint_fuzz_yaml: the YAML model of manifests and Chart.yaml (documents, objects, pod specs, the
// selector index, Secret documents) and the PowerShell steps of a GitHub workflow. Also a
// differential check: the tree with long block scalar bodies cut (block_elision.h) must be
// the tree yaml-cpp builds from every byte. docs/fuzzing.md says how to run it.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "linter/core/source.h"
#include "linter/models/yaml/parallel.h"
#include "tests/fuzz/support.h"
#include "tests/yaml_tree_dump.h"

namespace {

void SameTreeWithCuts(const std::string& text) {
  const k8slint::SourceFile source("fuzz.yaml", k8slint::InputKind::kManifest, text);
  std::vector<k8slint::yaml::ParseError> cut_errors, whole_errors;
  const auto cut = k8slint::yaml::ParseTreeEliding(source, &cut_errors, 0);
  const auto whole = k8slint::yaml::ParseTreeEliding(source, &whole_errors, SIZE_MAX);
  if (k8slint::yaml::DumpTree(*cut, cut_errors) == k8slint::yaml::DumpTree(*whole, whole_errors))
    return;
  std::fprintf(stderr, "block scalar cuts changed the YAML tree\n");
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const k8slint::fuzz::Harness& harness = k8slint::fuzz::ModelHarness("yaml");
  const std::string text(reinterpret_cast<const char*>(data), size);
  k8slint::fuzz::BuildModels(harness, text);
  SameTreeWithCuts(text);
  return 0;
}
