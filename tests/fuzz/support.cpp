#include "tests/fuzz/support.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "linter/core/config.h"
#include "linter/core/registry.h"
#include "linter/core/source.h"
#include "linter/engine/engine.h"
#include "linter/engine/file_models.h"
#include "linter/models/secrets/scanner.h"
#include "rules/registry.h"

namespace k8slint::fuzz {
namespace {

[[noreturn]] void Fail(const std::string& why) {
  std::fprintf(stderr, "k8slint fuzz harness: %s\n", why.c_str());
  std::abort();  // libFuzzer and the driver both save the input on abort
}

// Every rule of the build, off-by-default and preview ones included, but DF070: it hands
// RUN scripts to an external shellcheck, so fuzzing it would test shellcheck at a process
// start per input.
struct EveryRule {
  Config config;
  std::unique_ptr<Registry> registry;
  std::unique_ptr<Engine> engine;

  EveryRule() {
    std::vector<std::unique_ptr<Rule>> all;
    if (Status s = BuildAllRules(config, &all); !s.ok()) Fail(s.message());
    for (const auto& r : all)
      if (r->meta().id != "DF070") config.enable.emplace_back(r->meta().id);
    config.disable.emplace_back("DF070");
    if (Status s = BuildRegistry(config, &registry); !s.ok()) Fail(s.message());
    engine = std::make_unique<Engine>(*registry, config);
  }
};

}  // namespace

const std::vector<Harness>& ModelHarnesses() {
  static const std::vector<Harness> harnesses = {
      {"dockerfile", InputKind::kDockerfile, "Dockerfile", {InputKind::kDockerfile}},
      {"yaml",
       InputKind::kManifest,
       ".github/workflows/fuzz.yaml",
       {InputKind::kManifest, InputKind::kChart}},
      {"values", InputKind::kValues, "chart/values.yaml", {InputKind::kValues}},
      {"env", InputKind::kEnv, ".env", {InputKind::kEnv}},
      {"powershell", InputKind::kPowerShell, "fuzz.ps1", {InputKind::kPowerShell}},
      {"markdown", InputKind::kMarkdown, "README.md", {InputKind::kMarkdown}},
  };
  return harnesses;
}

const Harness& ModelHarness(std::string_view name) {
  for (const Harness& h : ModelHarnesses())
    if (h.name == name) return h;
  Fail("no harness named " + std::string(name));
}

KindChoice KindFromByte(uint8_t byte) {
  const auto kind = static_cast<InputKind>(byte % kInputKindCount);
  switch (kind) {
    case InputKind::kDockerfile: return {kind, "Dockerfile"};
    case InputKind::kManifest:
      return {kind, (byte & 8) != 0 ? ".github/workflows/fuzz.yaml" : "deploy.yaml"};
    case InputKind::kValues: return {kind, "chart/values.yaml"};
    case InputKind::kChart: return {kind, "chart/Chart.yaml"};
    case InputKind::kEnv: return {kind, ".env"};
    case InputKind::kPowerShell: return {kind, "fuzz.ps1"};
    case InputKind::kMarkdown: return {kind, "README.md"};
    case InputKind::kText: break;
  }
  return {InputKind::kText, "notes.txt"};
}

char ByteForKind(InputKind kind) { return static_cast<char>('0' + static_cast<int>(kind)); }

void BuildModels(const Harness& harness, std::string text) {
  static const Config config;
  static const secrets::Scanner scanner({});
  const SourceFile source(std::string(harness.path), harness.kind, std::move(text));
  const FileModels models(source, config, scanner);
  switch (harness.kind) {
    case InputKind::kDockerfile: models.dockerfile(); break;
    case InputKind::kManifest:
    case InputKind::kValues:
    case InputKind::kChart:
      models.yaml_errors();
      models.secret_documents();
      break;
    case InputKind::kEnv: models.env(); break;
    case InputKind::kMarkdown: models.fences(); break;
    case InputKind::kPowerShell:
    case InputKind::kText: break;
  }
  // Dockerfile RUNs, workflow steps, markdown fences and .ps1 files all become scripts.
  models.powershell();
}

void LintWithEveryRule(InputKind kind, std::string_view path, std::string text) {
  static const EveryRule every;
  const SourceFile source(std::string(path), kind, std::move(text));
  for (const Finding& f : every.engine->LintSources({&source})) {
    if (f.path != source.path()) continue;
    // One past the last line is allowed: end-of-file problems point there.
    const Position& b = f.span.begin;
    if (b.line == 0 || b.column == 0 || b.line > source.line_count() + 1 || f.span.end < b)
      Fail(std::string(f.rule->meta().id) + " at " + std::to_string(b.line) + ":" +
           std::to_string(b.column) + " in a file of " + std::to_string(source.line_count()) +
           " lines");
  }
}

}  // namespace k8slint::fuzz
