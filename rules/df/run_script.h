// The shell script of a RUN as its own text, line for line with the Dockerfile, for
// tools that read scripts (ShellCheck): continuation lines stay separate lines (a
// trailing `\` is a line continuation to the shell too), comment and blank lines that
// Docker drops inside a continuation are dropped, and the text before the script on the
// first line is blanked so columns match the Dockerfile's.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "linter/models/dockerfile/model.h"

namespace k8slint::rules::df {

struct RunScript {
  std::string text;
  std::vector<uint32_t> lines;  // Dockerfile line of each script line (1-based index - 1)
};

// The script of a shell-form RUN, or of a RUN that is only a heredoc (`RUN <<EOF`).
// False for exec form, for a RUN mixing a command and a heredoc, and for a heredoc
// script whose `#!` line names a program that is not a POSIX shell.
bool ScriptOf(const dockerfile::Document& doc, const dockerfile::Instruction& run, RunScript* out);

}  // namespace k8slint::rules::df
