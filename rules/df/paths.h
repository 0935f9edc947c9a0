// Paths as COPY, ADD and WORKDIR name them, for the DF practice rules.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "linter/models/dockerfile/model.h"

namespace k8slint::rules::df {

// `text` without one pair of surrounding quotes.
std::string Unquote(std::string_view text);

// `/x`, `C:\x`, `C:/x`, or a path that starts with an unresolved variable.
bool IsAbsoluteOrVariable(std::string_view path);

// The path words of a COPY or ADD after ARG/ENV substitution (sources, then the
// destination), from the JSON form or the shell form; empty for heredocs.
std::vector<std::string> CopyWords(const dockerfile::Instruction& ins, char escape);
// CopyWords without the destination.
std::vector<std::string> CopySources(const dockerfile::Instruction& ins, char escape);

bool IsUrl(std::string_view src);      // http(s)://, git@, git://
bool IsArchive(std::string_view src);  // what ADD unpacks: .tar, .tar.gz, .tgz, .zst, ...
std::string_view BaseName(std::string_view path);

// A `tar` command that extracts (-x in the first option cluster or a bare `xzf`, or
// --extract / --get).
bool TarExtracts(const dockerfile::ShellCommand& cmd);

}  // namespace k8slint::rules::df
