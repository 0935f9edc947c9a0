#include "rules/df/run_commands.h"

#include <cstdint>
#include <algorithm>
#include <array>

#include "linter/core/ascii.h"

namespace k8slint::rules::df {
namespace {

// Words that come before the command they run: keywords of compound commands, `!`,
// and the wrappers that run their arguments as a command.
bool IsPrefixWord(std::string_view w) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "sudo",  "env",   "then", "do", "else", "elif", "if",
      "while", "until", "!",    "{",  "time", "exec", "nohup"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

}  // namespace

bool IsPosixRun(const dockerfile::Instruction& ins) {
  if (!ins.Is("RUN") || ins.exec_form || ins.IsPowerShell() || ins.commands.empty()) return false;
  if (!ins.shell || ins.shell->empty()) return true;
  // SHELL ["cmd", "/S", "/C"] and other non-POSIX shells: their pipes and words differ.
  std::string_view shell = ins.shell->front();
  if (const size_t slash = shell.find_last_of("/\\"); slash != std::string_view::npos)
    shell.remove_prefix(slash + 1);
  const std::string name = AsciiLower(shell);
  for (std::string_view posix : {"sh", "bash", "dash", "ash", "ksh", "zsh", "busybox"})
    if (name == posix) return true;
  return false;
}

size_t NameIndex(const dockerfile::ShellCommand& cmd) {
  size_t i = 0;
  while (i < cmd.words.size()) {
    const std::string& w = cmd.words[i];
    const bool assignment = !w.empty() && w.front() != '-' && w.find('=') != std::string::npos;
    const bool sudo_option = i > 0 && cmd.words[i - 1] == "sudo" && !w.empty() && w.front() == '-';
    if (assignment || sudo_option || IsPrefixWord(w)) {
      ++i;
      continue;
    }
    break;
  }
  return i;
}

std::string NameOf(const dockerfile::ShellCommand& cmd) {
  const size_t i = NameIndex(cmd);
  if (i >= cmd.words.size()) return "";
  std::string_view name = cmd.words[i];
  if (const size_t slash = name.find_last_of('/'); slash != std::string_view::npos)
    name.remove_prefix(slash + 1);
  return AsciiLower(name);
}

std::string Subcommand(const dockerfile::ShellCommand& cmd) {
  for (size_t i = NameIndex(cmd) + 1; i < cmd.words.size(); ++i)
    if (!cmd.words[i].empty() && cmd.words[i].front() != '-') return cmd.words[i];
  return "";
}

bool HasOption(const dockerfile::ShellCommand& cmd, std::initializer_list<std::string_view> longs,
               std::string_view shorts) {
  for (size_t i = NameIndex(cmd) + 1; i < cmd.words.size(); ++i) {
    const std::string_view w = cmd.words[i];
    if (w == "--") return false;
    for (std::string_view l : longs)
      if (w == l || (w.size() > l.size() && w.substr(0, l.size()) == l && w[l.size()] == '='))
        return true;
    if (w.size() >= 2 && w[0] == '-' && w[1] != '-')
      for (char c : w.substr(1))
        if (shorts.find(c) != std::string_view::npos) return true;
  }
  return false;
}

Span WordSpan(const dockerfile::ShellCommand& cmd, size_t i) {
  if (cmd.positions.empty()) return Span{};
  if (i >= cmd.positions.size()) i = NameIndex(cmd) < cmd.positions.size() ? NameIndex(cmd) : 0;
  Position end = cmd.positions[i];
  end.column += static_cast<uint32_t>(cmd.words[i].size() > 0 ? cmd.words[i].size() - 1 : 0);
  return Span{cmd.positions[i], end};
}

}  // namespace k8slint::rules::df
