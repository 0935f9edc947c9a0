#include "rules/df/paths.h"

#include <array>
#include <cctype>

#include "linter/core/ascii.h"
#include "linter/models/dockerfile/words.h"
#include "rules/df/run_commands.h"

namespace k8slint::rules::df {

std::string Unquote(std::string_view text) {
  if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') &&
      text.back() == text.front())
    text = text.substr(1, text.size() - 2);
  return std::string(text);
}

bool IsAbsoluteOrVariable(std::string_view path) {
  if (path.empty()) return true;
  if (path.front() == '/' || path.front() == '$' || path.front() == '\\') return true;
  return path.size() >= 2 && std::isalpha(static_cast<unsigned char>(path[0])) && path[1] == ':';
}

std::vector<std::string> CopyWords(const dockerfile::Instruction& ins, char escape) {
  if (!ins.heredocs.empty()) return {};
  if (ins.exec_form) return ins.exec;
  std::vector<std::string> out;
  for (dockerfile::Word& w : dockerfile::SplitWords(ins.expanded, escape))
    out.push_back(std::move(w.value));
  return out;
}

std::vector<std::string> CopySources(const dockerfile::Instruction& ins, char escape) {
  std::vector<std::string> words = CopyWords(ins, escape);
  if (words.size() < 2) return {};
  words.pop_back();
  return words;
}

bool IsUrl(std::string_view src) {
  const std::string lower = AsciiLower(src);
  for (std::string_view p : {"http://", "https://", "git@", "git://", "ssh://"})
    if (lower.rfind(p, 0) == 0) return true;
  return false;
}

bool IsArchive(std::string_view src) {
  static constexpr std::array<std::string_view, 20> kExt = {
      ".tar",    ".tar.gz", ".tgz",     ".tar.bz2", ".tbz",    ".tbz2", ".tb2",
      ".tar.xz", ".txz",    ".tar.zst", ".tzst",    ".tar.lz", ".tlz",  ".tar.lzma",
      ".tar.z",  ".tz",     ".gz",      ".bz2",     ".xz",     ".zst"};
  const std::string lower = AsciiLower(src);
  for (std::string_view e : kExt)
    if (lower.size() > e.size() && lower.compare(lower.size() - e.size(), e.size(), e) == 0)
      return true;
  return false;
}

std::string_view BaseName(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  const size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool TarExtracts(const dockerfile::ShellCommand& cmd) {
  const size_t name = NameIndex(cmd);
  for (size_t i = name + 1; i < cmd.words.size(); ++i) {
    const std::string_view w = cmd.words[i];
    if (w == "--extract" || w == "--get") return true;
    if (w.size() >= 2 && w[0] == '-' && w[1] != '-' && w.find('x') != std::string_view::npos)
      return true;
    // Old-style first argument: `tar xzf file`.
    if (i == name + 1 && !w.empty() && w[0] != '-' && w.find('x') != std::string_view::npos &&
        w.find_first_not_of("xzjJvfpoOSkmP") == std::string_view::npos)
      return true;
  }
  return false;
}

}  // namespace k8slint::rules::df
