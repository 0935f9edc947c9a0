// K8L007 invalid-suppression: a malformed or misplaced suppression. The suppression
// scanner and the Kubernetes annotation reader find it.
#pragma once

#include <string>
#include <string_view>

#include "linter/core/emitter.h"
#include "linter/core/position.h"
#include "linter/core/registry.h"

namespace k8slint::rules {

inline constexpr std::string_view kInvalidSuppression = "K8L007";

// Reports `message` at `span` of the current file under K8L007.
void ReportInvalidSuppression(const Registry& registry, Emitter& emit, Span span,
                              const std::string& message);

}  // namespace k8slint::rules
