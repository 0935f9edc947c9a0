#include "linter/analyze.h"

#include "linter/registry.h"

namespace k8slint {

void AnalysisContext::ParseError(Span span, std::string message) const {
  for (const Rule* r : registry.Resolve("K8L001")) emit.Report(*r, span, std::move(message));
}

}  // namespace k8slint
