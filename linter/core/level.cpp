#include "linter/core/level.h"

namespace k8slint {

std::string_view LevelName(Level level) {
  switch (level) {
    case Level::kError: return "error";
    case Level::kWarning: return "warning";
    case Level::kNote: return "note";
  }
  return "note";
}

std::optional<Level> ParseLevel(std::string_view text) {
  if (text == "error") return Level::kError;
  if (text == "warning") return Level::kWarning;
  if (text == "note" || text == "info") return Level::kNote;
  return std::nullopt;
}

}  // namespace k8slint
