// Word-level helpers of the Dockerfile parser: quote-aware splitting, Docker's
// variable substitution, and a small POSIX shell splitter for RUN.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace k8slint::dockerfile {

struct Word {
  std::string value;  // quotes removed, escapes applied
  size_t begin = 0;   // byte offsets into the split text
  size_t end = 0;
};

// Splits on unquoted whitespace, the way Docker reads ENV/LABEL/ARG words.
std::vector<Word> SplitWords(std::string_view text, char escape);

// Looks a variable up; nullopt when it is not defined.
using VarLookup = std::function<std::optional<std::string>(const std::string&)>;

// Docker's substitution: $VAR, ${VAR}, ${VAR:-word}, ${VAR-word}, ${VAR:+word},
// ${VAR+word}. Nothing expands inside single quotes; `<escape>$` is a literal '$'.
// Unknown variables are left as written, so rules can see they were not resolved.
std::string Expand(std::string_view text, char escape, const VarLookup& lookup);

struct ShellWord {
  std::string value;
  size_t offset = 0;  // into the script
};
struct RawCommand {
  std::vector<ShellWord> words;
  std::string separator;
};

// Splits a POSIX shell script into simple commands at unquoted &&, ||, ;, |, & and
// newlines. `$(...)` and backquotes stay inside their word. Comments are dropped.
std::vector<RawCommand> SplitShell(std::string_view script);

}  // namespace k8slint::dockerfile
