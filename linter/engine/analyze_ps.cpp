#include "linter/engine/analyze.h"
#include "linter/engine/ps_sources.h"
#include "linter/project/collect.h"

namespace k8slint {

namespace ps {

bool AnyPsRule(const AnalysisContext& ctx) {
  for (const Rule* r : ctx.rules)
    if (r->meta().reads_embedded_powershell) return true;
  return false;
}

void CheckScript(const AnalysisContext& ctx, const Script& script) {
  for (const LexError& e : script.errors())
    ctx.ParseError(script.SpanOf(e.offset, e.offset + 1), "PowerShell: " + e.message);
  for (const Rule* r : ctx.rules) r->CheckPowerShell(script, ctx.emit);
  // Image build commands link Dockerfiles to image names (linter/project/link.h).
  if (ctx.facts) project::CollectBuilds(script, ctx.facts);
}

}  // namespace ps

void AnalyzePowerShell(const AnalysisContext& ctx) {
  for (const ps::Script& script : ctx.models.powershell()) ps::CheckScript(ctx, script);
}

}  // namespace k8slint
