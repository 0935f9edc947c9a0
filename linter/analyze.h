// Analyzers: one per input kind. Each parses a SourceFile into its document model
// once and hands the model to every enabled rule's matching hook.
#pragma once

#include <string>
#include <vector>

#include "linter/config.h"
#include "linter/emitter.h"
#include "linter/position.h"
#include "linter/rule.h"
#include "linter/source.h"

namespace k8slint {

class Registry;
namespace project { struct FileFacts; }

struct AnalysisContext {
  const SourceFile& source;
  const std::vector<const Rule*>& rules;  // enabled rules, sorted by id
  Emitter& emit;
  const Config& config;
  const Registry& registry;
  // Where the analyzer records this file's project facts; null when no enabled rule
  // compares files (linter/project/collect.h).
  project::FileFacts* facts = nullptr;

  // Reports K8L001 parse-error at `span` of the current file.
  void ParseError(Span span, std::string message) const;
};

void AnalyzeDockerfile(const AnalysisContext& ctx);   // linter/dockerfile/analyze.cpp
void AnalyzeYaml(const AnalysisContext& ctx);         // manifest, values, chart
void AnalyzeEnv(const AnalysisContext& ctx);
void AnalyzePowerShell(const AnalysisContext& ctx);   // .ps1/.psm1
void AnalyzeMarkdown(const AnalysisContext& ctx);

}  // namespace k8slint
