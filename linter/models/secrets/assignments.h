// Text-level views of "name = literal" assignments in PowerShell and shell lines (of
// scripts and markdown fences), for the secrets context rules. YAML lines are read by
// the YAML model's line view (linter/models/yaml/lines.h).
#pragma once

#include <optional>
#include <string_view>

#include "linter/core/assignment.h"

namespace k8slint::secrets {

using k8slint::Assignment;

// `$env:NAME = 'value'` and `$Name = "value"` with a quoted literal.
std::optional<Assignment> ParsePowerShellLine(std::string_view line);
// `export NAME=value`, `NAME=value` and `set NAME=value` (cmd) shell lines.
std::optional<Assignment> ParseShellLine(std::string_view line);

}  // namespace k8slint::secrets
