// PowerShell equivalents of POSIX tools that Windows does not have, for PS015.
#pragma once

#include <optional>
#include <string>

#include "linter/models/ps/script.h"

namespace k8slint::rules {

// The PowerShell to write instead of command `c` (named `name`, lower case), or empty
// when `name` is not a POSIX-only tool.
std::optional<std::string> PowerShellFor(const ps::Script& s, const ps::Command& c,
                                         const std::string& name);

}  // namespace k8slint::rules
