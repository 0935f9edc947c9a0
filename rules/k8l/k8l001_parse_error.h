// K8L001 parse-error: a file, or part of one, that its parser could not read. The
// engine's analyzers report it through ReportParseError; the rule has no check of its own.
#pragma once

#include <string>
#include <string_view>

#include "linter/core/emitter.h"
#include "linter/core/position.h"
#include "linter/core/registry.h"

namespace k8slint::rules {

inline constexpr std::string_view kParseError = "K8L001";

// Reports `message` at `span` of the current file under K8L001, if the rule is enabled
// (the emitter drops disabled rules).
void ReportParseError(const Registry& registry, Emitter& emit, Span span, std::string message);

}  // namespace k8slint::rules
