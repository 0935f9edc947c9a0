// AnalyzeYaml: manifests, Helm values and Chart.yaml. Reports the model's syntax errors
// as K8L001 (or, for a template of another tool, one K8L004 note), turns suppression
// annotations into line ranges (suppress_annotations.cpp), runs every rule's CheckYaml,
// then the PowerShell of GitHub workflow steps.
#include <cstdint>
#include <string>

#include "linter/core/template_syntax.h"
#include "linter/engine/analyze.h"
#include "linter/engine/ps_sources.h"
#include "linter/engine/suppress_annotations.h"
#include "linter/models/ps/script.h"
#include "linter/models/yaml/model.h"
#include "linter/project/collect.h"

namespace k8slint {
namespace {

// YAML that does not parse because it holds Jinja, Go or Mustache syntax at or before
// the first error is a template, not a broken manifest: one note, no K8L001.
void ReportErrors(const AnalysisContext& ctx, const std::vector<yaml::ParseError>& errors) {
  if (errors.empty()) return;
  Position first = errors.front().span.begin;
  for (const yaml::ParseError& e : errors) first = std::min(first, e.span.begin);
  std::string_view opener;
  const uint32_t line = FirstTemplateLine(ctx.source, first.line, &opener);
  if (line == 0) return ctx.FirstParseError(errors);
  ctx.Skipped(Span::At(line, 1),
              "not fully linted as YAML: it holds template syntax ('" + std::string(opener) +
                  "' at line " + std::to_string(line) +
                  ") that is not YAML, so another tool renders it into the real file; "
                  "the manifest rules read only what parses (the secrets rules read it all)");
}

}  // namespace

void AnalyzeYaml(const AnalysisContext& ctx) {
  const yaml::File& file = ctx.models.yaml();
  ReportErrors(ctx, ctx.models.yaml_errors());
  SuppressByAnnotations(file, ctx);
  for (const Rule* r : ctx.rules) r->CheckYaml(file, ctx.emit);
  if (ctx.facts) {
    project::CollectYaml(file, ctx.facts);
    project::CollectYamlBuildTargets(file, ctx.facts);
  }
  for (const ps::Script& script : ctx.models.powershell()) ps::CheckScript(ctx, script);
}

}  // namespace k8slint
