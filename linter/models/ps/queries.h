// Helpers the PS rules share: the effective PowerShell edition, command arguments as
// text, and the PowerShell spelling of common bash fragments for finding messages.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "linter/core/excerpt.h"
#include "linter/models/ps/script.h"

namespace k8slint::ps {

// "5.1" or "7" (also "7.x"); empty for anything else.
std::optional<Edition> ParseEdition(std::string_view text);
// What runs `script`: what its source says (SHELL, `shell:`), else `configured`.
Edition EditionOf(const Script& script, Edition configured);

// `text` on one line (blanks collapsed), cut to about `max` bytes with "..." when longer:
// a command in a message. A name or value goes through k8slint::Excerpt, which never cuts
// inside a word (a cut secret would escape redaction).
std::string Excerpt(std::string_view text, size_t max = 60);
// Words [from, to) of `c` joined by single spaces (to = 0: all), for messages: the
// join stops after about 1 KiB, so a finding on a huge command does not copy all of it.
std::string JoinWords(const Script& s, const Command& c, size_t from, size_t to = 0);
// A PowerShell single-quoted literal for `value` ('...' when it may be a secret:
// findings never repeat a credential).
std::string Literal(std::string_view name, std::string_view value);
// Length of NAME in a word that starts `NAME=` (NAME a shell identifier), else 0.
size_t AssignedNameLength(std::string_view word);
// Names, in lower case, that bash-style commands of `s` set for the environment:
// `export NAME=...` and `NAME=value [cmd]`. Keys of hashtables (`@{Release=$release}`),
// `& cmd` and commands that start with a variable or string set nothing.
std::set<std::string> BashSetNames(const Script& s);
// True for names styled like environment variables: IMAGE_TAG, KUBECONFIG.
bool IsEnvStyleName(std::string_view name);
// A PowerShell condition for a bash test `[ -f x ]` / `test -n "$X"` made of words
// [from, to) of `c` (brackets excluded); a generic one when it is not recognised.
std::string TranslateTest(const Script& s, const Command& c, size_t from, size_t to);
// True when `c` may run on Windows: the host is Windows and no platform guard
// (`if ($IsLinux) { ... }`) keeps it off Windows. The Windows-only rules ask this.
bool MayRunOnWindows(const Script& s, const Command& c);
// True when `name` is a command the rules know (export, grep, test, curl, ...) and the
// script does not define a function or alias of that name.
bool IsToolCall(const Script& s, std::string_view name);
// The command after `c` when `c` is followed by `|`; null otherwise.
const Command* PipedInto(const Script& s, const Command& c);
// PowerShell's automatic variables ($HOME, $PWD, $Error, ...), in any case.
bool IsAutomaticVariable(std::string_view name);
// `text` with bash variable reads `$X` / `${X}` spelled `$env:X`.
std::string EnvReads(std::string_view text);

}  // namespace k8slint::ps
