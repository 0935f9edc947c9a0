#include "linter/engine/engine.h"

#include <cstdint>
#include <algorithm>
#include <cstring>
#include <atomic>
#include <iostream>
#include <iterator>
#include <map>
#include <cstdio>
#include <system_error>
#include <thread>
#include <unordered_set>

#include "linter/engine/analyze.h"
#include "linter/engine/file_emitter.h"
#include "linter/engine/file_models.h"
#include "linter/models/dockerfile/model.h"
#include "linter/models/yaml/parallel.h"
#include "rules/se/secret_scan.h"
#include "linter/vcs/git.h"
#include "linter/core/iso_date.h"
#include "linter/engine/project_phase.h"
#include "linter/project/collect.h"
#include "linter/engine/suppress.h"
#include "linter/project/collect.h"
#include "rules/k8l/k8l002_unreadable_file.h"
#include "rules/k8l/k8l004_skipped_file.h"

namespace k8slint {
namespace {

constexpr size_t kBinaryProbe = 8192;

bool LooksBinary(const std::string& text) {
  const size_t n = std::min<size_t>(text.size(), kBinaryProbe);
  return std::memchr(text.data(), '\0', n) != nullptr;
}

// A kind known by its name (.env, Dockerfile, YAML, .ps1, .md) is text whatever stray
// NUL it holds, so its secrets are still scanned; only kText files are judged binary.
bool MayBeBinary(InputKind kind) { return kind == InputKind::kText; }

// Standard input up to `limit` bytes, read incrementally; false when there is more.
bool ReadStdin(uint64_t limit, std::string* out) {
  char buf[1 << 16];
  for (;;) {
    const size_t n = std::fread(buf, 1, sizeof buf, stdin);
    if (n == 0) return true;
    if (out->size() + n > limit) return false;
    out->append(buf, n);
  }
}

bool MayHoldModelSuppressions(std::string_view text) {
  return text.find("ignore") != std::string_view::npos ||
         text.find("k8slint.io") != std::string_view::npos;
}

void Analyze(const AnalysisContext& ctx) {
  switch (ctx.source.kind()) {
    case InputKind::kDockerfile: AnalyzeDockerfile(ctx); break;
    case InputKind::kManifest:
    case InputKind::kValues:
    case InputKind::kChart: AnalyzeYaml(ctx); break;
    case InputKind::kEnv: AnalyzeEnv(ctx); break;
    case InputKind::kPowerShell: AnalyzePowerShell(ctx); break;
    case InputKind::kMarkdown: AnalyzeMarkdown(ctx); break;
    case InputKind::kText:
      if (ctx.facts) {
        project::CollectChartTemplate(ctx.source.path(), ctx.source.text(), ctx.facts);
        project::CollectDockerignore(ctx.source.path(), ctx.source.text(), ctx.facts);
      }
      break;
  }
  // Any file may build a stage as a target: scripts, CI files, Makefiles, docs, bake files.
  if (ctx.facts && ctx.source.kind() != InputKind::kDockerfile)
    project::CollectBuildTargets(ctx.source.path(), ctx.source.text(), ctx.facts);
}

}  // namespace

Engine::Engine(const Registry& registry, const Config& config, const GitRepos* git)
    : registry_(registry), config_(config), git_(git), enabled_(registry.EnabledRules()),
      scanner_(rules::SecretDetectors(registry.rules())),
      today_(ParseIsoDate(config.today).value_or(TodayUtc())) {
  for (size_t k = 0; k < parse_.size(); ++k)
    for (const Rule* r : enabled_)
      parse_[k] = parse_[k] || r->ReadsModelOf(static_cast<InputKind>(k));
  if (std::none_of(enabled_.begin(), enabled_.end(),
                   [](const Rule* r) { return r->meta().reads_every_yaml_document; }))
    unread_kinds_.assign(yaml::kKindsNoViewReads.begin(), yaml::kKindsNoViewReads.end());
}

void Engine::LintOne(const SourceFile& source, std::vector<Finding>* out, project::FileFacts* facts,
                     project::KeptSuppressions* kept, std::vector<std::string>* known,
                     int threads) const {
  const FileModels models(source, config_, scanner_, threads, unread_kinds_);
  FileEmitter emitter(source, registry_,
                      RedactionSource{&finder_, &models, config_.redact, known, &interner_},
                      FindingCaps{config_.max_findings_per_rule, config_.max_findings_per_line});
  AnalysisContext ctx{source, models, enabled_, emitter, config_, registry_, facts};
  for (const Rule* r : enabled_) r->CheckSource(models, emitter);
  // The model is skipped only when nothing needs it: no rule reads it, no project facts
  // are collected, and no finding so far could be silenced by what only the model knows
  // (annotations and Dockerfile stage scopes, all spelled with "ignore" or "k8slint.io").
  if (facts || parse_[static_cast<size_t>(source.kind())] ||
      (emitter.has_pending() && MayHoldModelSuppressions(source.text())))
    Analyze(ctx);
  Suppressions suppressions = ScanSuppressions(models, registry_, today_);
  emitter.TakeFindings(&suppressions, out);
  // A file with project facts may still receive project findings: project::RunProject
  // judges its unused suppressions after them.
  if (project::KeepSuppressions(source, &suppressions, facts, kept)) return;
  // Unused suppressions are judged last: a project finding routed to this file
  // must go through suppressions.Use before this call.
  emitter.TakeUnused(&suppressions, out);
}

void Engine::LintCollecting(const SourceFile& source, uint32_t index, bool walked,
                            std::vector<Finding>* out, project::FileTable* facts,
                            std::vector<std::unique_ptr<project::KeptSuppressions>>* kept,
                            std::vector<std::string>* known, int threads) const {
  project::FileFacts slot;
  slot.index = index;
  slot.path = source.shared_path();
  slot.kind = source.kind();
  slot.walked = walked;
  project::KeptSuppressions k;
  LintOne(source, out, &slot, &k, known, threads);
  if (!slot.has_facts()) return;
  slot.Compact();
  facts->Put(std::move(slot));
  if (!k.suppressions.entries.empty())
    (*kept)[index] = std::make_unique<project::KeptSuppressions>(std::move(k));
}

std::vector<Finding> Engine::Lint(const FileSystem& fs, const DiscoveryResult& inputs, int jobs,
                                  std::vector<std::string>* known) const {
  return Run(fs, inputs, jobs, project::NeedsProject(enabled_), nullptr, known);
}

std::unique_ptr<project::Project> Engine::BuildProject(const FileSystem& fs,
                                                       const DiscoveryResult& inputs,
                                                       int jobs) const {
  std::unique_ptr<project::Project> project;
  Run(fs, inputs, jobs, true, &project);
  return project;
}

void Engine::PrepareDockerfiles(const FileSystem& fs, const DiscoveryResult& inputs,
                                int jobs) const {
  const auto each_dockerfile = [&](const Rule::DockerfileVisitor& visit) {
    for (const InputFile& in : inputs.files) {
      if (in.kind != InputKind::kDockerfile || in.path == "-") continue;
      std::string text;
      // A file that cannot be read is reported by the per-file phase.
      if (!fs.ReadFile(in.path, config_.max_file_bytes, &text, 0).ok()) continue;
      const SourceFile source(in.path, in.kind, std::move(text));
      visit(*dockerfile::Parse(source));
    }
  };
  for (const Rule* r : enabled_)
    if (r->prepares_dockerfiles()) r->PrepareDockerfiles(each_dockerfile, jobs);
}

std::vector<Finding> Engine::Run(const FileSystem& fs, const DiscoveryResult& inputs, int jobs,
                                 bool collect, std::unique_ptr<project::Project>* keep,
                                 std::vector<std::string>* known) const {
  PrepareDockerfiles(fs, inputs, jobs);
  std::vector<std::vector<Finding>> per_file(inputs.files.size());
  std::vector<std::vector<std::string>> per_file_known(known ? inputs.files.size() : 0);
  // A slot per file, written only by the worker that lints it, and filled only for files
  // with facts (most inputs of a large tree have none).
  project::FileTable facts(collect ? inputs.files.size() : 0);
  project::KeptTable kept(facts.size());
  std::atomic<size_t> next{0};
  const Redactor redactor(&finder_, config_.redact);
  auto worker = [&] {
    for (size_t i = next++; i < inputs.files.size(); i = next++) {
      const InputFile& in = inputs.files[i];
      std::string text;
      Status s = Status::Ok();
      if (in.path == "-") {
        if (!ReadStdin(config_.max_file_bytes, &text)) {
          FileEmitter::Notice(registry_, in.path, std::string(rules::kSkippedFile),
                              "skipped: standard input is over the " +
                                  std::to_string(config_.max_file_bytes) + "-byte limit",
                              redactor, &per_file[i]);
          continue;
        }
      } else {
        s = fs.ReadFile(in.path, config_.max_file_bytes, &text,
                        MayBeBinary(in.kind) ? kBinaryProbe : 0);
      }
      if (!s.ok()) {
        FileEmitter::Notice(registry_, in.path, std::string(rules::kUnreadableFile), s.message(),
                            redactor, &per_file[i]);
        continue;
      }
      if (MayBeBinary(in.kind) && LooksBinary(text)) {
        if (in.explicit_path)
          FileEmitter::Notice(registry_, in.path, std::string(rules::kSkippedFile),
                              "skipped: binary file", redactor, &per_file[i]);
        continue;
      }
      SourceFile source(in.path, in.kind, std::move(text));
      if (in.path != "-") source.set_git(git_);
      source.set_patch(in.patch);
      std::vector<std::string>* file_known = known ? &per_file_known[i] : nullptr;
      if (!collect) {
        LintOne(source, &per_file[i], nullptr, nullptr, file_known, jobs);
        continue;
      }
      LintCollecting(source, static_cast<uint32_t>(i), !in.explicit_path, &per_file[i], &facts,
                     &kept, file_known, jobs);
    }
  };
  const size_t workers =
      std::max<size_t>(1, std::min<size_t>(jobs > 0 ? jobs : 1, inputs.files.size()));
  std::vector<std::thread> threads;
  for (size_t t = 1; t < workers; ++t) {
    // Under a thread or memory limit the run goes on with the workers it could start.
    try {
      threads.emplace_back(worker);
    } catch (const std::system_error&) {
      break;
    }
  }
  worker();
  for (auto& t : threads) t.join();

  // Sized once, and each file's findings freed as they move: grown by doubling beside
  // the per-file vectors, the findings of a large run were held about three times over.
  std::vector<Finding> all;
  size_t total = inputs.notices.size();
  for (const auto& f : per_file) total += f.size();
  all.reserve(total);
  for (const DiscoveryNotice& n : inputs.notices)
    FileEmitter::Notice(registry_, n.path, n.rule_id, n.message, redactor, &all);
  for (auto& f : per_file) {
    std::move(f.begin(), f.end(), std::back_inserter(all));
    std::vector<Finding>().swap(f);
  }
  if (known) {
    // A secret is often known from many files (the same .env value in each service):
    // held once through the project phase. The report's Redactor keeps each once anyway.
    std::unordered_set<std::string_view> seen;
    for (const auto& k : per_file_known)
      for (const std::string& s : k)
        if (seen.insert(s).second) known->push_back(s);
  }
  // A slot per input (24 bytes each), empty now: not held through the project phase.
  std::vector<std::vector<Finding>>().swap(per_file);
  std::vector<std::vector<std::string>>().swap(per_file_known);
  if (collect) {
    if (std::any_of(inputs.files.begin(), inputs.files.end(),
                    [](const InputFile& in) { return !in.explicit_path; }))
      facts.MarkWalked();
    std::vector<Finding> cross_file;
    project::RunProject(std::move(facts), std::move(kept), config_, registry_, enabled_,
                        &cross_file, keep, &finder_, &interner_);
    all.reserve(all.size() + cross_file.size());
    std::move(cross_file.begin(), cross_file.end(), std::back_inserter(all));
  }
  Finish(&all);
  return all;
}

std::vector<Finding> Engine::LintSources(const std::vector<const SourceFile*>& sources) const {
  std::vector<Finding> all;
  const bool collect = project::NeedsProject(enabled_);
  project::FileTable facts(collect ? sources.size() : 0);
  project::KeptTable kept(facts.size());
  for (uint32_t i = 0; i < sources.size(); ++i) {
    if (!collect) {
      LintOne(*sources[i], &all);
      continue;
    }
    LintCollecting(*sources[i], i, false, &all, &facts, &kept, nullptr, 1);
  }
  if (collect)
    project::RunProject(std::move(facts), std::move(kept), config_, registry_, enabled_, &all,
                        nullptr, &finder_, &interner_);
  Finish(&all);
  return all;
}

void Engine::Finish(std::vector<Finding>* findings) const {
  interner_.Clear();
  // The config file's per-file-ignores, applied once every finding (project findings
  // routed to other files included) knows its path.
  if (!config_.per_file_ignores.empty())
    std::erase_if(*findings,
                  [&](const Finding& f) { return config_.IgnoredAt(f.path, f.rule->meta().id); });
  std::sort(findings->begin(), findings->end(), FindingLess);
}

}  // namespace k8slint
