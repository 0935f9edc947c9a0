// AnalyzeYaml: manifests, Helm values and Chart.yaml. Parses once into yaml::File,
// reports syntax errors as K8L001, turns suppression annotations into line ranges
// (suppress_annotations.cpp), then runs every rule's CheckYaml.
#include "linter/engine/analyze.h"
#include "linter/project/collect.h"
#include "linter/engine/ps_sources.h"
#include "linter/models/yaml/model.h"
#include "linter/engine/suppress_annotations.h"

namespace k8slint {

void AnalyzeYaml(const AnalysisContext& ctx) {
  std::vector<yaml::ParseError> errors;
  std::unique_ptr<yaml::File> file = yaml::Parse(ctx.source, &errors);
  for (yaml::ParseError& e : errors) ctx.ParseError(e.span, std::move(e.message));
  SuppressByAnnotations(*file, ctx);
  for (const Rule* r : ctx.rules) r->CheckYaml(*file, ctx.emit);
  if (ctx.facts) project::CollectYaml(*file, ctx.facts);
  ps::AnalyzeWorkflowPowerShell(ctx);
}

}  // namespace k8slint
