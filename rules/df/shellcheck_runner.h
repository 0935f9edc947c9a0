// Runs ShellCheck, when it is on PATH, over RUN scripts in a single process: each script
// is its own file in a private temporary folder, so ShellCheck judges them apart (as
// hadolint does, one RUN at a time) and a script's findings do not depend on the scripts
// checked beside it, whether of one Dockerfile or of many (rules/df/shellcheck_cache.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace k8slint::rules::df {

struct ShellCheckScript {
  std::string dialect;    // sh, bash, dash, ksh: written as `# shellcheck shell=`
  std::string_view text;  // the script; its `#!` line, if any, wins over `dialect`
};

struct ShellCheckFinding {
  size_t script = 0;    // index into the scripts passed
  uint32_t line = 0;    // 1-based line of the script
  uint32_t column = 0;  // 1-based, in characters (a tab is one)
  std::string level;    // error, warning, note (ShellCheck's gcc format: info and style are notes)
  std::string code;     // "SC2086"
  std::string message;
};

// Whether `shellcheck` is an executable on PATH. Looked up once per process.
bool ShellCheckOnPath();

// Checks every script with one shellcheck process. False (and no findings) when it could
// not run: not on PATH, no temporary folder, or output it did not understand.
bool RunShellCheck(const std::vector<ShellCheckScript>& scripts,
                   std::vector<ShellCheckFinding>* out);

}  // namespace k8slint::rules::df
