// K8L005 expired-suppression: a suppression whose `until=` date has passed. The
// suppression scanner (linter/engine/suppress_pragma.cpp) finds it.
#pragma once

#include <string_view>

namespace k8slint::rules {

inline constexpr std::string_view kExpiredSuppression = "K8L005";

}  // namespace k8slint::rules
