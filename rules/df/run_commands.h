// Shared reading of RUN commands for the DF practice rules: which RUNs run a POSIX
// shell, where a command's name is, and its options (short clusters like -qy included).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "linter/models/dockerfile/model.h"

namespace k8slint::rules::df {

// A RUN whose script k8slint split into commands: shell form under a POSIX shell.
bool IsPosixRun(const dockerfile::Instruction& ins);

// Index of the command's name in cmd.words after `sudo`, `env` and VAR=value prefixes;
// cmd.words.size() when there is none.
size_t NameIndex(const dockerfile::ShellCommand& cmd);

// The command name, lower case, without a path ("/usr/bin/apt-get" -> "apt-get").
std::string NameOf(const dockerfile::ShellCommand& cmd);

// The first word after the name that is not an option ("install" in
// `apt-get -q install x`); "" when none.
std::string Subcommand(const dockerfile::ShellCommand& cmd);

// Whether a word after the name is one of `longs` (also as `--opt=value`), or a short
// option cluster (`-qy`) holding one of `shorts`. Stops at `--`.
bool HasOption(const dockerfile::ShellCommand& cmd, std::initializer_list<std::string_view> longs,
               std::string_view shorts);

// Calls f(ins, cmd) for every simple command of every POSIX RUN, in order.
template <class F>
void ForEachRunCommand(const dockerfile::Document& doc, F&& f) {
  for (const dockerfile::Instruction& ins : doc.instructions) {
    if (!IsPosixRun(ins)) continue;
    for (const dockerfile::ShellCommand& cmd : ins.commands) f(ins, cmd);
  }
}

// Position of word `i` of the command (its name when out of range).
Span WordSpan(const dockerfile::ShellCommand& cmd, size_t i);

}  // namespace k8slint::rules::df
