// K8L004 skipped-file: a file left out of the run (too large, binary, unrendered Helm
// templates). Discovery, the engine and `k8slint chart` report it as a notice.
#pragma once

#include <string_view>

namespace k8slint::rules {

inline constexpr std::string_view kSkippedFile = "K8L004";

}  // namespace k8slint::rules
