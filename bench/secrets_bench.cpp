// Throughput of the secrets scan alone: every SE rule's CheckSource over files held in
// memory, against the cost of reading the same files. Built and run by secrets_bench.sh;
// not part of the CMake build. Usage: secrets_bench FILE_LIST
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "linter/core/emitter.h"
#include "linter/core/kind.h"
#include "linter/core/registry.h"
#include "linter/core/source.h"
#include "linter/engine/file_models.h"
#include "linter/models/secrets/scanner.h"
#include "rules/registry.h"
#include "rules/se/secret_scan.h"

namespace {

class CountingEmitter : public k8slint::Emitter {
 public:
  void Report(const k8slint::Rule&, k8slint::Span, std::string, k8slint::EmitExtras) override {
    ++count;
  }
  void Suppress(k8slint::SuppressionRange) override {}
  size_t count = 0;
};

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: secrets_bench FILE_LIST\n";
    return 2;
  }
  std::vector<std::string> paths;
  std::ifstream list(argv[1]);
  for (std::string p; std::getline(list, p);) paths.push_back(p);

  auto t0 = std::chrono::steady_clock::now();
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (const std::string& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
    bytes += texts.back().size();
  }
  const double read_s = Seconds(t0);

  k8slint::Config config;
  config.only = std::vector<std::string>{"SE"};
  std::unique_ptr<k8slint::Registry> registry;
  if (!k8slint::BuildRegistry(config, &registry).ok()) return 2;
  const auto rules = registry->EnabledRules();

  const k8slint::secrets::Scanner scanner(k8slint::rules::SecretDetectors(registry->rules()));
  double best = 1e9;
  size_t findings = 0;
  for (int run = 0; run < 3; ++run) {
    CountingEmitter emit;
    double scan_s = 0;
    for (size_t i = 0; i < paths.size(); ++i) {
      // The line index is built by the engine for every file anyway: not counted here.
      k8slint::SourceFile source(paths[i], k8slint::KindFromPath(paths[i], false, false), texts[i]);
      auto t = std::chrono::steady_clock::now();
      const k8slint::FileModels models(source, config, scanner);
      for (const k8slint::Rule* r : rules) r->CheckSource(models, emit);
      scan_s += Seconds(t);
    }
    best = std::min(best, scan_s);
    findings = emit.count;
  }
  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("files %zu  bytes %.1f MB  SE rules %zu  findings %zu\n", paths.size(), mb,
              rules.size(), findings);
  std::printf("read (first, into memory): %.3f s\n", read_s);
  std::printf("secrets CheckSource:       %.3f s = %.0f MB/s (best of 3)\n", best, mb / best);
  return 0;
}
