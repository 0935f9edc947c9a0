// Annotations that silence rules for part of a Kubernetes object (see
// docs/suppressions.md). They become SuppressionRanges on the emitter; problems
// with them (an annotation naming no container of the pod) are K8L007 findings.
#pragma once

#include "linter/engine/analyze.h"
#include "linter/models/yaml/model.h"

namespace k8slint {

void SuppressByAnnotations(const yaml::File& file, const AnalysisContext& ctx);

}  // namespace k8slint
