#include "linter/engine/analyze.h"

#include "linter/core/registry.h"

namespace k8slint {

void AnalysisContext::ParseError(Span span, std::string message) const {
  for (const Rule* r : registry.Resolve("K8L001")) emit.Report(*r, span, std::move(message));
}

}  // namespace k8slint
