// Dockerfile RUN instructions executed by PowerShell: shell-form RUNs under a
// powershell/pwsh SHELL, and `powershell -Command "..."` / `pwsh -c "..."` called from
// the default shell (cmd on Windows bases, /bin/sh elsewhere). Docker removes each
// escape character + newline before the shell sees the command, so the script is the
// joined text, with every joined piece mapped back to its physical line.
#include <cstdint>
#include <string_view>

#include "linter/core/text.h"
#include "linter/core/ascii.h"
#include "linter/models/dockerfile/model.h"
#include "linter/engine/ps_sources.h"

namespace k8slint::ps {
namespace {

// Text with the map from its offsets to offsets in the Dockerfile.
struct Mapped {
  std::string text;
  std::vector<Script::Piece> pieces;

  // Appends from.text[begin, end), keeping each byte's file offset.
  void Append(const Mapped& from, uint32_t begin, uint32_t end) {
    size_t p = 0;
    while (p + 1 < from.pieces.size() && from.pieces[p + 1].script_offset <= begin) ++p;
    for (uint32_t at = begin; at < end; ++p) {
      const uint32_t piece_end = p + 1 < from.pieces.size()
                                     ? from.pieces[p + 1].script_offset
                                     : static_cast<uint32_t>(from.text.size());
      const uint32_t stop = std::min(end, piece_end);
      if (stop > at) {
        pieces.push_back({static_cast<uint32_t>(text.size()),
                          from.pieces[p].file_offset + (at - from.pieces[p].script_offset)});
        text.append(from.text, at, stop - at);
      }
      at = stop;
    }
  }
};

bool IsWindowsBase(const dockerfile::Document& doc, const dockerfile::Instruction& ins) {
  if (ins.stage < 0 || static_cast<size_t>(ins.stage) >= doc.stages.size()) return false;
  const dockerfile::Stage* stage = &doc.stages[ins.stage];
  for (int hops = 0; stage->base_stage >= 0 && hops < 64; ++hops)
    stage = &doc.stages[stage->base_stage];
  const std::string base = AsciiLower(stage->base.text);
  return base.find("servercore") != std::string::npos ||
         base.find("nanoserver") != std::string::npos || base.find("windows") != std::string::npos;
}

// Windows PowerShell exists only on Windows; pwsh runs on Windows when the base image
// says so (servercore, nanoserver, windows).
Host HostOf(const dockerfile::Document& doc, const dockerfile::Instruction& ins, bool pwsh) {
  Host host;
  host.edition = pwsh ? Edition::kPowerShell7 : Edition::kWindowsPowerShell51;
  host.windows = !pwsh || IsWindowsBase(doc, ins);
  return host;
}

Mapped JoinRun(const dockerfile::Document& doc, const dockerfile::Instruction& ins) {
  const SourceFile& src = doc.source();
  const std::string& text = src.text();
  Mapped out;
  size_t at = src.OffsetOf(ins.args_span.begin);
  bool first = true;
  while (at < text.size()) {
    size_t eol = text.find('\n', at);
    if (eol == std::string::npos) eol = text.size();
    std::string_view line(text.data() + at, eol - at);
    size_t lead = 0;
    while (lead < line.size() && IsBlank(line[lead])) ++lead;
    // Docker drops blank and comment lines inside a continued instruction.
    if (!first && (lead == line.size() || line[lead] == '#')) {
      at = eol + 1;
      continue;
    }
    first = false;
    while (!line.empty() && IsBlank(line.back())) line.remove_suffix(1);
    const bool continues = !line.empty() && line.back() == doc.escape;
    if (continues) line.remove_suffix(1);
    out.pieces.push_back({static_cast<uint32_t>(out.text.size()), static_cast<uint32_t>(at)});
    out.text.append(line);
    if (!continues) break;
    at = eol + 1;
  }
  return out;
}

// Reads `powershell [options] -Command <code>` calls out of a RUN run by cmd or sh.
class OuterShell {
 public:
  OuterShell(const Mapped& run, bool cmd) : run_(run), t_(run.text), cmd_(cmd) {}

  // Each call: the code it runs, and whether the program is pwsh.
  std::vector<std::pair<Mapped, bool>> Calls() {
    std::vector<std::pair<Mapped, bool>> out;
    size_t p = 0;
    while (p < t_.size()) {
      p = SkipBlanks(p);
      const size_t word_end = WordEnd(p);
      std::string exe = AsciiLower(Unquoted(t_.substr(p, word_end - p)));
      if (const size_t slash = exe.find_last_of("/\\"); slash != std::string::npos)
        exe.erase(0, slash + 1);
      if (exe.ends_with(".exe")) exe.resize(exe.size() - 4);
      size_t next = word_end;
      if (exe == "powershell" || exe == "pwsh") {
        Mapped code;
        next = ReadCall(word_end, exe == "pwsh", &code);
        if (!code.text.empty()) out.emplace_back(std::move(code), exe == "pwsh");
      }
      p = NextCommand(next);
    }
    return out;
  }

 private:
  size_t SkipBlanks(size_t p) const {
    while (p < t_.size() && IsBlank(t_[p])) ++p;
    return p;
  }
  bool Quote(char c) const { return c == '"' || (!cmd_ && c == '\''); }
  // One past the closing quote of the string opening at `p` (`\"` escapes a quote).
  size_t StringEnd(size_t p) const {
    const char q = t_[p];
    for (size_t i = p + 1; i < t_.size(); ++i) {
      if (q == '"' && t_[i] == '\\' && i + 1 < t_.size() && t_[i + 1] == '"') {
        ++i;
        continue;
      }
      if (t_[i] == q) return i + 1;
    }
    return t_.size();
  }
  size_t WordEnd(size_t p) const {
    while (p < t_.size() && !IsBlank(t_[p]) && !Operator(p))
      p = Quote(t_[p]) ? StringEnd(p) : p + 1;
    return p;
  }
  // An operator of the outer shell at `p`: && || | & (and ; for sh).
  bool Operator(size_t p) const {
    return t_[p] == '&' || t_[p] == '|' || (!cmd_ && (t_[p] == ';' || t_[p] == '\n'));
  }
  // The start of the command after the one at `p`.
  size_t NextCommand(size_t p) const {
    while (p < t_.size() && !Operator(p)) p = Quote(t_[p]) ? StringEnd(p) : p + 1;
    while (p < t_.size() && Operator(p)) ++p;
    return p;
  }
  static std::string Unquoted(std::string_view w) {
    std::string out;
    for (char c : w)
      if (c != '"' && c != '\'') out += c;
    return out;
  }

  // Options up to -Command, then the code: a quoted argument's content (`\"` read as
  // `"`), or the unquoted rest up to the outer shell's next operator. -File,
  // -EncodedCommand and pwsh's positional script path run no inline code.
  size_t ReadCall(size_t p, bool pwsh, Mapped* code) const {
    static constexpr std::string_view kWithValue[] = {"executionpolicy",
                                                      "ep",
                                                      "ex",
                                                      "outputformat",
                                                      "of",
                                                      "o",
                                                      "inputformat",
                                                      "if",
                                                      "windowstyle",
                                                      "w",
                                                      "version",
                                                      "v",
                                                      "psconsolefile",
                                                      "configurationname",
                                                      "config",
                                                      "workingdirectory",
                                                      "wd",
                                                      "settingsfile"};
    while (true) {
      p = SkipBlanks(p);
      if (p >= t_.size() || Operator(p)) return p;
      const size_t end = WordEnd(p);
      const std::string arg = AsciiLower(t_.substr(p, end - p));
      if (arg.size() > 1 && (arg[0] == '-' || arg[0] == '/')) {
        const std::string name = arg.substr(1);
        if (std::string_view("command").starts_with(name)) {
          p = SkipBlanks(end);
          break;
        }
        if (name == "file" || name == "f" || std::string_view("encodedcommand").starts_with(name) ||
            name == "ec")
          return end;
        bool value = false;
        for (std::string_view v : kWithValue) value = value || name == v;
        p = value ? WordEnd(SkipBlanks(end)) : end;
        continue;
      }
      if (pwsh) return end;  // pwsh's first argument is a script file
      break;                 // powershell.exe runs the rest as a command
    }
    if (p >= t_.size()) return p;
    if (Quote(t_[p])) {
      const size_t close = StringEnd(p);
      const size_t inner_end = close > p + 1 && t_[close - 1] == t_[p] ? close - 1 : close;
      size_t from = p + 1;
      for (size_t i = from; t_[p] == '"' && i + 1 < inner_end; ++i) {
        if (t_[i] != '\\' || t_[i + 1] != '"') continue;
        code->Append(run_, static_cast<uint32_t>(from), static_cast<uint32_t>(i));
        from = ++i;
      }
      code->Append(run_, static_cast<uint32_t>(from), static_cast<uint32_t>(inner_end));
      return close;
    }
    size_t end = p;
    while (end < t_.size() && !Operator(end)) end = Quote(t_[end]) ? StringEnd(end) : end + 1;
    size_t trimmed = end;
    while (trimmed > p && IsBlank(t_[trimmed - 1])) --trimmed;
    code->Append(run_, static_cast<uint32_t>(p), static_cast<uint32_t>(trimmed));
    return end;
  }

  const Mapped& run_;
  const std::string& t_;
  bool cmd_;
};

}  // namespace

std::vector<Script> DockerfileRunScripts(const dockerfile::Document& doc) {
  std::vector<Script> out;
  const SourceFile& src = doc.source();
  for (const dockerfile::Instruction& ins : doc.instructions) {
    if (!ins.Is("RUN") || ins.exec_form || !ins.heredocs.empty() || ins.args.empty()) continue;
    Mapped run = JoinRun(doc, ins);
    if (ins.IsPowerShell()) {
      const std::string exe = AsciiLower(ins.shell->front());
      out.emplace_back(src, Origin::kDockerfileRun,
                       HostOf(doc, ins, exe.find("pwsh") != std::string::npos), std::move(run.text),
                       std::move(run.pieces));
      continue;
    }
    const std::string shell =
        !ins.shell || ins.shell->empty() ? "" : AsciiLower(ins.shell->front());
    const bool cmd =
        shell.find("cmd") != std::string::npos || (shell == "/bin/sh" && IsWindowsBase(doc, ins));
    for (auto& [code, pwsh] : OuterShell(run, cmd).Calls())
      out.emplace_back(src, Origin::kDockerfileRun, HostOf(doc, ins, pwsh), std::move(code.text),
                       std::move(code.pieces));
  }
  return out;
}

}  // namespace k8slint::ps
