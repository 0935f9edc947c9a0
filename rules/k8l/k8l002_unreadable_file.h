// K8L002 unreadable-file: a file or folder of the lint set that could not be read.
// Discovery and the engine report it as a notice (FileEmitter::Notice).
#pragma once

#include <string_view>

namespace k8slint::rules {

inline constexpr std::string_view kUnreadableFile = "K8L002";

}  // namespace k8slint::rules
