#include "linter/engine/analyze.h"

#include "rules/k8l/k8l001_parse_error.h"
#include "rules/k8l/k8l004_skipped_file.h"

namespace k8slint {

void AnalysisContext::ParseError(Span span, std::string message) const {
  rules::ReportParseError(registry, emit, span, std::move(message));
}

void AnalysisContext::Skipped(Span span, std::string message) const {
  const std::vector<const Rule*> skipped = registry.Resolve(rules::kSkippedFile);
  if (!skipped.empty()) emit.Report(*skipped.front(), span, std::move(message));
}

std::string AnalysisContext::MoreErrors(size_t more) {
  if (more == 0) return "";
  return " (" + std::to_string(more) + " more parse error" + (more == 1 ? "" : "s") +
         " after it in this file)";
}

}  // namespace k8slint
