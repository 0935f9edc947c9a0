// K8L008 findings-capped: one note per file telling how many findings of which rule were
// not shown because of the per-rule and per-line caps (Config::max_findings_per_rule,
// max_findings_per_line). FileEmitter applies the caps and reports it.
#pragma once

#include <string_view>

namespace k8slint::rules {

inline constexpr std::string_view kFindingsCapped = "K8L008";

}  // namespace k8slint::rules
