#include "linter/engine.h"

#include <algorithm>
#include <cstring>
#include <atomic>
#include <iostream>
#include <iterator>
#include <map>
#include <thread>

#include "linter/analyze.h"
#include "linter/file_emitter.h"
#include "linter/git.h"
#include "linter/suppress.h"

namespace k8slint {
namespace {

bool LooksBinary(const std::string& text) {
  const size_t n = std::min<size_t>(text.size(), 8192);
  return std::memchr(text.data(), '\0', n) != nullptr;
}

void Dispatch(const AnalysisContext& ctx) {
  for (const Rule* r : ctx.rules) r->CheckSource(ctx.source, ctx.emit);
  switch (ctx.source.kind()) {
    case InputKind::kDockerfile: AnalyzeDockerfile(ctx); break;
    case InputKind::kManifest:
    case InputKind::kValues:
    case InputKind::kChart: AnalyzeYaml(ctx); break;
    case InputKind::kEnv: AnalyzeEnv(ctx); break;
    case InputKind::kPowerShell: AnalyzePowerShell(ctx); break;
    case InputKind::kMarkdown: AnalyzeMarkdown(ctx); break;
    case InputKind::kText: break;
  }
}

}  // namespace

Engine::Engine(const Registry& registry, const Config& config, const GitRepo* git)
    : registry_(registry), config_(config), git_(git), enabled_(registry.EnabledRules()) {}

void Engine::LintOne(const SourceFile& source, std::vector<Finding>* out) const {
  FileEmitter emitter(source, registry_);
  AnalysisContext ctx{source, enabled_, emitter, config_, registry_};
  Dispatch(ctx);
  Suppressions suppressions = ScanSuppressions(source, registry_);
  for (const auto& unknown : suppressions.unknown)
    for (const Rule* r : registry_.Resolve("K8L003"))
      emitter.Report(*r, unknown.span,
                     "suppression names unknown rule '" + unknown.token + "'");
  emitter.TakeFindings(suppressions, out);
}

std::vector<Finding> Engine::Lint(const FileSystem& fs, const DiscoveryResult& inputs,
                                  int jobs) const {
  std::vector<std::vector<Finding>> per_file(inputs.files.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < inputs.files.size(); i = next++) {
      const InputFile& in = inputs.files[i];
      std::string text;
      Status s = Status::Ok();
      if (in.path == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
      } else {
        s = fs.ReadFile(in.path, config_.max_file_bytes, &text);
      }
      if (!s.ok()) {
        FileEmitter::Notice(registry_, in.path, "K8L002", s.message(), &per_file[i]);
        continue;
      }
      if (LooksBinary(text)) {
        if (in.explicit_path)
          FileEmitter::Notice(registry_, in.path, "K8L004", "skipped: binary file", &per_file[i]);
        continue;
      }
      SourceFile source(in.path, in.kind, std::move(text));
      if (git_ && in.kind == InputKind::kEnv && in.path != "-") source.set_vcs(git_->StatusOf(in.path));
      LintOne(source, &per_file[i]);
    }
  };
  const size_t workers =
      std::max<size_t>(1, std::min<size_t>(jobs > 0 ? jobs : 1, inputs.files.size()));
  std::vector<std::thread> threads;
  for (size_t t = 1; t < workers; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();

  std::vector<Finding> all;
  for (const DiscoveryNotice& n : inputs.notices)
    FileEmitter::Notice(registry_, n.path, n.rule_id, n.message, &all);
  for (auto& f : per_file) std::move(f.begin(), f.end(), std::back_inserter(all));
  Finish(&all);
  return all;
}

std::vector<Finding> Engine::LintSources(const std::vector<const SourceFile*>& sources) const {
  std::vector<Finding> all;
  for (const SourceFile* s : sources) LintOne(*s, &all);
  Finish(&all);
  return all;
}

void Engine::Finish(std::vector<Finding>* findings) const {
  std::sort(findings->begin(), findings->end(), FindingLess);
}

}  // namespace k8slint
