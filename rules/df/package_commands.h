// Package-manager commands of a RUN, recognised once for the DF rules: which manager
// (apt-get, apk, pip, npm, ...), its subcommand, its options and its package arguments,
// each with the word it came from. Reads the shell commands the Dockerfile model split
// (dockerfile::ShellCommand); never re-parses the text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/position.h"
#include "linter/models/dockerfile/model.h"

namespace k8slint::rules::df {

enum class PackageManager {
  kAptGet,    // apt-get
  kApt,       // apt
  kApk,       // apk
  kPip,       // pip, pip3, pip3.12, python[3[.x]] -m pip
  kNpm,       // npm
  kYarn,      // yarn
  kGem,       // gem
  kGo,        // go (install, get)
  kYum,       // yum
  kDnf,       // dnf
  kMicrodnf,  // microdnf
  kZypper,    // zypper
};

// "apt-get", "apk", "pip", ... (the canonical name, not the spelling used).
std::string_view ManagerName(PackageManager m);

struct PackageFlag {
  // Without dashes. Combined short options are split: `-qy` gives "q" and "y" (both at
  // the same word). Go's single-dash options stay whole (`-ldflags`).
  std::string name;
  std::string value;       // `--opt=value` or the next word of an option taking one; ""
  bool has_value = false;  // a value was given (possibly empty: `--opt=`)
  bool long_form = false;  // written with "--" (or a Go single-dash option)
  size_t word = 0;         // index into ShellCommand::words of the option
  size_t value_word = 0;   // index of a separate value word; == word when inline or none
  Position position;       // of the option word
};

struct PackageArg {
  std::string text;  // as written (quotes removed): "curl=7.88.1-10", "flask==3.0.0"
  size_t word = 0;   // index into ShellCommand::words
  Position position;
};

struct PackageCommand {
  const dockerfile::ShellCommand* command = nullptr;  // the command it was read from
  PackageManager manager = PackageManager::kAptGet;
  std::string spelling;  // the manager as written, lower case: "apt-get", "pip3", "python3 -m pip"
  size_t manager_word = 0;  // index of the manager's word (of `python` for `python -m pip`)
  // The first non-option word after the manager, lower case: "install", "add", "update",
  // "cache", "clean"; "" when none. For `yarn global add` it is "add" and `global` is set.
  std::string subcommand;
  size_t subcommand_word = static_cast<size_t>(-1);  // npos when there is none
  bool global = false;                               // `yarn global <sub>`
  std::vector<PackageFlag> flags;                    // every option after the manager, in order
  // The non-option words after the subcommand, option values excluded: the packages of
  // an install (`apt-get install curl git` -> curl, git), the rest of other subcommands
  // (`npm cache clean` -> clean). A lone `--` ends options; words after it are args.
  std::vector<PackageArg> args;
  Position position;  // of the manager word

  // True when an option of one of these names is present (names without dashes).
  bool HasFlag(std::initializer_list<std::string_view> names) const;
  // The option of that name, or null.
  const PackageFlag* FindFlag(std::string_view name) const;
  // The subcommand installs packages: apt-get/apt install; apk add; pip install;
  // npm install/i/add/ci; yarn add/install (or bare `yarn`); gem install; go install/get;
  // yum/dnf/microdnf install, groupinstall, reinstall; zypper install/in.
  bool IsInstall() const;
  // Span of the manager word through the subcommand word, for findings.
  Span ManagerSpan() const;
};

// The package-manager command `cmd` runs, if any. Leading `sudo` (and its options),
// `env` (and its options), `VAR=value` assignments, `command`, `exec`, `nice`, `time`
// and `nohup` are skipped, as is a path before the manager (`/usr/bin/apt-get`).
bool ParsePackageCommand(const dockerfile::ShellCommand& cmd, PackageCommand* out);

// Every package-manager command of a RUN, in order (empty for other instructions, exec
// form and non-POSIX shells).
std::vector<PackageCommand> PackageCommands(const dockerfile::Instruction& run);

}  // namespace k8slint::rules::df
