#include "linter/analyze.h"

namespace k8slint {

// Placeholder until the ps model lands: the file is still scanned by CheckSource rules.
void AnalyzePowerShell(const AnalysisContext&) {}

}  // namespace k8slint
