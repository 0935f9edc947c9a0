#include "linter/engine/analyze.h"
#include "linter/engine/ps_sources.h"
#include "linter/models/dockerfile/model.h"
#include "linter/models/ps/script.h"
#include "linter/project/collect.h"

namespace k8slint {

void AnalyzeDockerfile(const AnalysisContext& ctx) {
  const dockerfile::Document& doc = ctx.models.dockerfile();
  for (const dockerfile::ParseError& e : doc.errors) ctx.ParseError(e.span, e.message);
  for (const Rule* r : ctx.rules) r->CheckDockerfile(doc, ctx.emit);
  if (ctx.facts) project::CollectDockerfile(doc, ctx.config.base_image_users, ctx.facts);
  // RUNs under a powershell/pwsh SHELL are PowerShell: the PS rules check them too.
  if (!ps::AnyPsRule(ctx)) return;
  for (const ps::Script& script : ctx.models.powershell()) ps::CheckScript(ctx, script);
}

}  // namespace k8slint
