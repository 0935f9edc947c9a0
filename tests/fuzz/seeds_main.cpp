// k8slint_fuzz_seeds OUT DIR...: the seed corpus of every harness, from the files under
// the DIRs (fixtures/, examples/), sorted by the kind k8slint gives each path.
//   OUT/<model harness>/  the files of the kinds that harness parses (support.cpp)
//   OUT/analysis/         every file, prefixed with its kind byte (support.h)
// Seed names are the file's path with '/' as '_', so a seed says where it came from. OUT's
// harness folders are emptied first: a fixture removed from the tree leaves the corpus.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "linter/core/kind.h"
#include "tests/fuzz/support.h"

namespace fs = std::filesystem;
using k8slint::InputKind;

namespace {

void Write(const fs::path& path, const std::string& prefix, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << prefix << text;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: k8slint_fuzz_seeds OUT DIR...\n";
    return 2;
  }
  const fs::path out = argv[1];
  std::vector<std::string> harnesses = {std::string(k8slint::fuzz::kAnalysisName)};
  for (const auto& h : k8slint::fuzz::ModelHarnesses()) harnesses.emplace_back(h.name);
  for (const std::string& h : harnesses) {
    fs::remove_all(out / h);
    fs::create_directories(out / h);
  }
  size_t files = 0;
  for (int i = 2; i < argc; ++i) {
    for (const auto& e :
         fs::recursive_directory_iterator(argv[i], fs::directory_options::skip_permission_denied)) {
      // libFuzzer's inputs stay small; the driver skips seeds of 1 MiB and more too.
      if (!e.is_regular_file() || e.file_size() >= (1 << 20)) continue;
      const fs::path& p = e.path();
      const std::string path = p.generic_string();
      const bool beside_chart = fs::exists(p.parent_path() / "Chart.yaml");
      const InputKind kind = k8slint::KindFromPath(
          path, beside_chart, p.parent_path().generic_string().ends_with("templates"));
      std::ifstream in(p, std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      std::string name = path;
      for (char& c : name)
        if (c == '/') c = '_';
      Write(out / k8slint::fuzz::kAnalysisName / name,
            std::string(1, k8slint::fuzz::ByteForKind(kind)), text.str());
      for (const auto& h : k8slint::fuzz::ModelHarnesses())
        for (InputKind k : h.seed_kinds)
          if (k == kind) Write(out / h.name / name, "", text.str());
      ++files;
    }
  }
  std::cout << "k8slint_fuzz_seeds: " << files << " seed files under " << out.string() << "\n";
  return 0;
}
