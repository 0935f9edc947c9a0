// Analyzers: one per input kind. Each parses a SourceFile into its document model
// once and hands the model to every enabled rule's matching hook.
#pragma once

#include <string>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/position.h"
#include "linter/core/rule.h"
#include "linter/core/source.h"
#include "linter/engine/file_models.h"

namespace k8slint {

class Registry;
namespace project {
struct FileFacts;
}

struct AnalysisContext {
  const SourceFile& source;
  const FileModels& models;               // the file's models, built on first use
  const std::vector<const Rule*>& rules;  // enabled rules, sorted by id
  Emitter& emit;
  const Config& config;
  const Registry& registry;
  // Where the analyzer records this file's project facts; null when no enabled rule
  // compares files (linter/project/collect.h).
  project::FileFacts* facts = nullptr;

  // Reports K8L001 parse-error at `span` of the current file.
  void ParseError(Span span, std::string message) const;
  // Reports a file's parse errors as one K8L001 at the first (by position), naming how
  // many follow: after the first error a parser reads the rest out of step, and one
  // finding per line buries the one that matters.
  template <typename Error>
  void FirstParseError(const std::vector<Error>& errors) const {
    if (errors.empty()) return;
    const Error* first = &errors.front();
    for (const Error& e : errors)
      if (e.span.begin < first->span.begin) first = &e;
    ParseError(first->span, first->message + MoreErrors(errors.size() - 1));
  }
  // Reports K8L004 skipped-file at `span`: the file is not linted as its kind.
  void Skipped(Span span, std::string message) const;

 private:
  static std::string MoreErrors(size_t more);
};

void AnalyzeDockerfile(const AnalysisContext& ctx);  // linter/engine/analyze_dockerfile.cpp
void AnalyzeYaml(const AnalysisContext& ctx);        // manifest, values, chart
void AnalyzeEnv(const AnalysisContext& ctx);
void AnalyzePowerShell(const AnalysisContext& ctx);  // .ps1/.psm1
void AnalyzeMarkdown(const AnalysisContext& ctx);

}  // namespace k8slint
