// K8L006 unused-suppression: a suppression that silenced nothing (opt-in). The engine
// judges it after every finding of a file went through the suppressions
// (Suppressions::Unused, FileEmitter::TakeUnused).
#pragma once

#include <string_view>

namespace k8slint::rules {

inline constexpr std::string_view kUnusedSuppression = "K8L006";

}  // namespace k8slint::rules
