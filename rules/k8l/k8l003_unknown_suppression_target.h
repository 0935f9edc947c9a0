// K8L003 unknown-suppression-target: a suppression names no known rule. The
// suppression scanner (linter/engine/suppress_pragma.cpp) finds it.
#pragma once

#include <string_view>

namespace k8slint::rules {

inline constexpr std::string_view kUnknownSuppressionTarget = "K8L003";

}  // namespace k8slint::rules
