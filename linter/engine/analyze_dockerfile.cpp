#include "linter/engine/analyze.h"
#include "linter/models/dockerfile/model.h"
#include "linter/project/collect.h"
#include "linter/engine/ps_sources.h"

namespace k8slint {

void AnalyzeDockerfile(const AnalysisContext& ctx) {
  std::unique_ptr<dockerfile::Document> doc = dockerfile::Parse(ctx.source);
  for (const dockerfile::ParseError& e : doc->errors) ctx.ParseError(e.span, e.message);
  for (const Rule* r : ctx.rules) r->CheckDockerfile(*doc, ctx.emit);
  if (ctx.facts) project::CollectDockerfile(*doc, ctx.facts);
  // RUNs under a powershell/pwsh SHELL are PowerShell: the PS rules check them too.
  ps::AnalyzeDockerfilePowerShell(ctx, *doc);
}

}  // namespace k8slint
