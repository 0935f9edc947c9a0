// AnalyzeYaml: manifests, Helm values and Chart.yaml. Reports the model's syntax errors
// as K8L001, turns suppression annotations into line ranges (suppress_annotations.cpp),
// runs every rule's CheckYaml, then the PowerShell of GitHub workflow steps.
#include "linter/engine/analyze.h"
#include "linter/engine/ps_sources.h"
#include "linter/engine/suppress_annotations.h"
#include "linter/models/ps/script.h"
#include "linter/models/yaml/model.h"
#include "linter/project/collect.h"

namespace k8slint {

void AnalyzeYaml(const AnalysisContext& ctx) {
  const yaml::File& file = ctx.models.yaml();
  for (const yaml::ParseError& e : ctx.models.yaml_errors()) ctx.ParseError(e.span, e.message);
  SuppressByAnnotations(file, ctx);
  for (const Rule* r : ctx.rules) r->CheckYaml(file, ctx.emit);
  if (ctx.facts) {
    project::CollectYaml(file, ctx.facts);
    project::CollectYamlBuildTargets(file, ctx.facts);
  }
  for (const ps::Script& script : ctx.models.powershell()) ps::CheckScript(ctx, script);
}

}  // namespace k8slint
