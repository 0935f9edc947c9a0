#include "linter/analyze.h"
#include "linter/dockerfile/model.h"

namespace k8slint {

void AnalyzeDockerfile(const AnalysisContext& ctx) {
  std::unique_ptr<dockerfile::Document> doc = dockerfile::Parse(ctx.source);
  for (const dockerfile::ParseError& e : doc->errors) ctx.ParseError(e.span, e.message);
  for (const Rule* r : ctx.rules) r->CheckDockerfile(*doc, ctx.emit);
}

}  // namespace k8slint
