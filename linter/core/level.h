// Finding levels, ordered by severity, with their SARIF spellings.
#pragma once

#include <optional>
#include <string_view>

namespace k8slint {

enum class Level { kNote = 0, kWarning = 1, kError = 2 };

std::string_view LevelName(Level level);                 // "error", "warning", "note"
std::optional<Level> ParseLevel(std::string_view text);  // accepts the names above

}  // namespace k8slint
