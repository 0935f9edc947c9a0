// Platform guards: the conditions of `if ($IsLinux) { ... }` and its kin, so that the
// rules about Windows-only behaviour leave alone the native tools a script calls only
// where they exist.
#pragma once

#include <string_view>

namespace k8slint::ps {

// True when the `if` condition `cond` (the text between its parentheses) is false on
// Windows: `$IsLinux`, `$IsMacOS`, `-not $IsWindows`, `$PSVersionTable.Platform -eq
// 'Unix'`, and `-or`/`-and` combinations of them (`$IsLinux -or $IsMacOS`,
// `$IsLinux -and $ci`).
bool NeverOnWindows(std::string_view cond);

// True when `cond` is true on every Windows host (`$IsWindows`, `$env:OS -eq
// 'Windows_NT'`), so the `else` and `elseif` branches after it never run there.
bool AlwaysOnWindows(std::string_view cond);

}  // namespace k8slint::ps
