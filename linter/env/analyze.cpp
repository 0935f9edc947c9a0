#include "linter/analyze.h"

namespace k8slint {

// Placeholder until the env model lands: the file is still scanned by CheckSource rules.
void AnalyzeEnv(const AnalysisContext&) {}

}  // namespace k8slint
