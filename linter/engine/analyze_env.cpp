#include "linter/engine/analyze.h"
#include "linter/models/env/model.h"
#include "linter/project/collect.h"

namespace k8slint {

void AnalyzeEnv(const AnalysisContext& ctx) {
  const env::File& file = ctx.models.env();
  for (const env::ParseError& e : file.errors) ctx.ParseError(e.span, e.message);
  for (const Rule* r : ctx.rules) r->CheckEnv(file, ctx.emit);
  if (ctx.facts) project::CollectEnv(file, ctx.facts);
}

}  // namespace k8slint
