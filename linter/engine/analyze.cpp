#include "linter/engine/analyze.h"

#include "rules/k8l/k8l001_parse_error.h"

namespace k8slint {

void AnalysisContext::ParseError(Span span, std::string message) const {
  rules::ReportParseError(registry, emit, span, std::move(message));
}

}  // namespace k8slint
