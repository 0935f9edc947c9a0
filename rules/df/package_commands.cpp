#include "rules/df/package_commands.h"

#include <cstdint>
#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>

#include "linter/core/ascii.h"

namespace k8slint::rules::df {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

// Options that take a value, per manager: long names, and short letters. A value may be
// inline (`--opt=v`, `-ov`) or the next word; knowing which options take one keeps
// `apk add --virtual .build-deps gcc` from reading `.build-deps` as a package.
struct OptionSpec {
  std::initializer_list<std::string_view> long_with_value;
  std::string_view short_with_value;
  bool single_dash_long = false;  // Go: `-ldflags` is one option, not l,d,f,...
};

const OptionSpec& SpecOf(PackageManager m) {
  static const OptionSpec kApt{
      {"option", "config-file", "target-release", "default-release", "host-architecture"}, "octa"};
  static const OptionSpec kApk{{"virtual", "repository", "root", "arch", "cache-dir", "keys-dir",
                                "repositories-file", "cache-max-age", "timeout", "progress-fd"},
                               "tXp"};
  static const OptionSpec kPip{{"requirement",
                                "constraint",
                                "editable",
                                "index-url",
                                "extra-index-url",
                                "find-links",
                                "target",
                                "prefix",
                                "root",
                                "src",
                                "trusted-host",
                                "platform",
                                "python-version",
                                "implementation",
                                "abi",
                                "cache-dir",
                                "log",
                                "proxy",
                                "timeout",
                                "retries",
                                "exists-action",
                                "cert",
                                "client-cert",
                                "progress-bar",
                                "upgrade-strategy",
                                "only-binary",
                                "no-binary",
                                "config-settings",
                                "global-option",
                                "install-option",
                                "report",
                                "root-user-action",
                                "python",
                                "build"},
                               "rceiftCb"};
  static const OptionSpec kNpm{{"prefix", "registry", "cache", "loglevel", "workspace", "omit",
                                "include", "userconfig", "globalconfig", "install-strategy"},
                               "w"};
  static const OptionSpec kYarn{
      {"cwd", "cache-folder", "modules-folder", "network-timeout", "registry", "mutex",
       "global-folder", "link-folder", "preferred-cache-folder", "use-yarnrc",
       "network-concurrency", "child-concurrency"},
      ""};
  static const OptionSpec kGem{
      {"version", "install-dir", "bindir", "source", "platform", "build-root", "trust-policy"},
      "vinsP"};
  static const OptionSpec kGo{
      {"ldflags", "gcflags", "asmflags", "gccgoflags", "tags", "o", "mod", "modfile", "p", "exec",
       "toolexec", "pkgdir", "buildmode", "compiler", "overlay", "pgo", "C", "installsuffix"},
      "",
      true};
  static const OptionSpec kRpm{{"setopt", "enablerepo", "disablerepo", "installroot", "releasever",
                                "config", "exclude", "repo", "repoid", "repofrompath", "color",
                                "rpmverbosity", "downloaddir", "destdir", "forcearch"},
                               "cxRde"};
  static const OptionSpec kZypper{
      {"root", "reposd-path", "cache-dir", "raw-cache-dir", "solv-cache-dir", "pkg-cache-dir",
       "config", "releasever", "repo", "from", "type"},
      "rtRcD"};
  switch (m) {
    case PackageManager::kAptGet:
    case PackageManager::kApt: return kApt;
    case PackageManager::kApk: return kApk;
    case PackageManager::kPip: return kPip;
    case PackageManager::kNpm: return kNpm;
    case PackageManager::kYarn: return kYarn;
    case PackageManager::kGem: return kGem;
    case PackageManager::kGo: return kGo;
    case PackageManager::kYum:
    case PackageManager::kDnf:
    case PackageManager::kMicrodnf: return kRpm;
    case PackageManager::kZypper: return kZypper;
  }
  return kApt;
}

bool AllOf(std::string_view s, bool (*pred)(char)) {
  return !s.empty() && std::all_of(s.begin(), s.end(), pred);
}
bool IsDigitOrDot(char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; }

std::string BaseName(std::string_view word) {
  const size_t slash = word.find_last_of('/');
  if (slash != std::string_view::npos) word = word.substr(slash + 1);
  return AsciiLower(word);
}

// "pip", "pip3", "pip3.12"; "python", "python3", "python3.12".
bool IsVersioned(std::string_view name, std::string_view stem) {
  if (name.substr(0, stem.size()) != stem) return false;
  const std::string_view rest = name.substr(stem.size());
  return rest.empty() || AllOf(rest, IsDigitOrDot);
}

bool ManagerOf(std::string_view name, PackageManager* m) {
  static constexpr std::array<std::pair<std::string_view, PackageManager>, 10> kNames{{
      {"apt-get", PackageManager::kAptGet},
      {"apt", PackageManager::kApt},
      {"apk", PackageManager::kApk},
      {"npm", PackageManager::kNpm},
      {"yarn", PackageManager::kYarn},
      {"gem", PackageManager::kGem},
      {"go", PackageManager::kGo},
      {"yum", PackageManager::kYum},
      {"dnf", PackageManager::kDnf},
      {"microdnf", PackageManager::kMicrodnf},
  }};
  for (const auto& [n, manager] : kNames)
    if (name == n) {
      *m = manager;
      return true;
    }
  if (name == "zypper") {
    *m = PackageManager::kZypper;
    return true;
  }
  if (IsVersioned(name, "pip")) {
    *m = PackageManager::kPip;
    return true;
  }
  return false;
}

// A redirection word (`>`, `2>&1`, `>/dev/null`); *takes_next when its target is the next word.
bool IsRedirection(std::string_view w, bool* takes_next) {
  size_t i = 0;
  while (i < w.size() && std::isdigit(static_cast<unsigned char>(w[i]))) ++i;
  if (i < w.size() && w[i] == '&') ++i;
  if (i >= w.size() || (w[i] != '>' && w[i] != '<')) return false;
  const char op = w[i];
  while (i < w.size() && w[i] == op) ++i;
  if (i < w.size() && w[i] == '&') ++i;
  *takes_next = i == w.size();
  return true;
}

// Index of the first word after command prefixes (sudo, env, assignments, ...).
size_t SkipPrefixes(const std::vector<std::string>& w) {
  size_t i = 0;
  while (i < w.size()) {
    const std::string name = BaseName(w[i]);
    static constexpr std::array<std::string_view, 13> kKeywords{
        "then", "do", "else",    "if",   "while", "until", "!",
        "{",    "(",  "command", "exec", "nohup", "time"};
    if (std::find(kKeywords.begin(), kKeywords.end(), name) != kKeywords.end()) {
      ++i;
      continue;
    }
    if (name == "sudo" || name == "env" || name == "nice") {
      ++i;
      // Their own options; `sudo -u app` and `env -u VAR` take a value.
      while (i < w.size() && !w[i].empty() && w[i][0] == '-') {
        const bool with_value = w[i] == "-u" || w[i] == "-g" || w[i] == "-n" || w[i] == "-C";
        i += with_value ? 2 : 1;
      }
      continue;
    }
    const size_t eq = w[i].find('=');
    if (eq != std::string::npos && eq > 0 && w[i][0] != '-') {
      ++i;  // VAR=value
      continue;
    }
    break;
  }
  return i;
}

// `python3 -m pip` starting at `i`: returns the index after `pip`, or kNone.
size_t PythonDashMPip(const std::vector<std::string>& w, size_t i) {
  if (!IsVersioned(BaseName(w[i]), "python")) return kNone;
  for (size_t j = i + 1; j < w.size(); ++j) {
    if (w[j] == "-m") return j + 1 < w.size() && w[j + 1] == "pip" ? j + 2 : kNone;
    if (w[j] == "-mpip") return j + 1;
    // Python's own single-letter switches (-u, -I, -B, -E, -s, -O) may come first.
    if (w[j].size() < 2 || w[j][0] != '-' || w[j][1] == '-' || w[j].size() > 3) return kNone;
  }
  return kNone;
}

void ReadOptions(const dockerfile::ShellCommand& cmd, size_t start, PackageCommand* out) {
  const OptionSpec& spec = SpecOf(out->manager);
  const std::vector<std::string>& w = cmd.words;
  auto takes_value = [&](std::string_view name) {
    return std::find(spec.long_with_value.begin(), spec.long_with_value.end(), name) !=
           spec.long_with_value.end();
  };
  bool options_ended = false;
  for (size_t i = start; i < w.size(); ++i) {
    const std::string& word = w[i];
    const Position pos = i < cmd.positions.size() ? cmd.positions[i] : out->position;
    bool takes_next = false;
    if (IsRedirection(word, &takes_next)) {
      if (takes_next) ++i;
      continue;
    }
    if (!options_ended && word == "--") {
      options_ended = true;
      continue;
    }
    const bool is_option = !options_ended && word.size() > 1 && word[0] == '-';
    if (!is_option) {
      if (out->subcommand_word == kNone) {
        out->subcommand = AsciiLower(word);
        out->subcommand_word = i;
        if (out->manager == PackageManager::kYarn && out->subcommand == "global") {
          out->global = true;
          out->subcommand.clear();
          out->subcommand_word = kNone;
        }
        continue;
      }
      out->args.push_back(PackageArg{word, i, pos});
      continue;
    }
    const bool long_form = word[1] == '-' || spec.single_dash_long;
    if (long_form) {
      const std::string_view body = std::string_view(word).substr(word[1] == '-' ? 2 : 1);
      PackageFlag f;
      f.long_form = true;
      f.word = f.value_word = i;
      f.position = pos;
      const size_t eq = body.find('=');
      f.name = std::string(body.substr(0, eq));
      if (eq != std::string_view::npos) {
        f.value = std::string(body.substr(eq + 1));
        f.has_value = true;
      } else if (takes_value(f.name) && i + 1 < w.size()) {
        f.value = w[++i];
        f.value_word = i;
        f.has_value = true;
      }
      out->flags.push_back(std::move(f));
      continue;
    }
    // Short options, possibly combined (`-qy`); one that takes a value ends the group.
    size_t next = i;
    for (size_t k = 1; k < word.size(); ++k) {
      PackageFlag f;
      f.name = std::string(1, word[k]);
      f.word = f.value_word = i;
      f.position = pos;
      const bool with_value = spec.short_with_value.find(word[k]) != std::string_view::npos;
      if (with_value && k + 1 < word.size()) {
        f.value = word.substr(k + 1 + (word[k + 1] == '=' ? 1 : 0));
        f.has_value = true;
      } else if (with_value && i + 1 < w.size()) {
        f.value = w[i + 1];
        f.value_word = next = i + 1;
        f.has_value = true;
      }
      out->flags.push_back(std::move(f));
      if (with_value) break;
    }
    i = next;
  }
}

}  // namespace

std::string_view ManagerName(PackageManager m) {
  switch (m) {
    case PackageManager::kAptGet: return "apt-get";
    case PackageManager::kApt: return "apt";
    case PackageManager::kApk: return "apk";
    case PackageManager::kPip: return "pip";
    case PackageManager::kNpm: return "npm";
    case PackageManager::kYarn: return "yarn";
    case PackageManager::kGem: return "gem";
    case PackageManager::kGo: return "go";
    case PackageManager::kYum: return "yum";
    case PackageManager::kDnf: return "dnf";
    case PackageManager::kMicrodnf: return "microdnf";
    case PackageManager::kZypper: return "zypper";
  }
  return "";
}

bool PackageCommand::HasFlag(std::initializer_list<std::string_view> names) const {
  for (const PackageFlag& f : flags)
    for (std::string_view n : names)
      if (f.name == n) return true;
  return false;
}

const PackageFlag* PackageCommand::FindFlag(std::string_view name) const {
  for (const PackageFlag& f : flags)
    if (f.name == name) return &f;
  return nullptr;
}

bool PackageCommand::IsInstall() const {
  const std::string_view s = subcommand;
  switch (manager) {
    case PackageManager::kAptGet:
    case PackageManager::kApt:
    case PackageManager::kPip:
    case PackageManager::kGem: return s == "install";
    case PackageManager::kApk: return s == "add";
    case PackageManager::kNpm: return s == "install" || s == "i" || s == "add" || s == "ci";
    case PackageManager::kYarn: return s == "add" || s == "install" || (s.empty() && !global);
    case PackageManager::kGo: return s == "install" || s == "get";
    case PackageManager::kYum:
    case PackageManager::kDnf:
    case PackageManager::kMicrodnf:
      return s == "install" || s == "groupinstall" || s == "reinstall";
    case PackageManager::kZypper: return s == "install" || s == "in";
  }
  return false;
}

Span PackageCommand::ManagerSpan() const {
  Span span = Span::At(position);
  if (command == nullptr) return span;
  const size_t last = subcommand_word != kNone ? subcommand_word : manager_word;
  if (last < command->words.size() && last < command->positions.size()) {
    const Position p = command->positions[last];
    span.end = Position{p.line, p.column + static_cast<uint32_t>(command->words[last].size()) - 1};
    if (span.end < span.begin) span.end = span.begin;
  }
  return span;
}

bool ParsePackageCommand(const dockerfile::ShellCommand& cmd, PackageCommand* out) {
  const std::vector<std::string>& w = cmd.words;
  const size_t i = SkipPrefixes(w);
  if (i >= w.size()) return false;
  PackageCommand pc;
  pc.command = &cmd;
  pc.manager_word = i;
  pc.position = i < cmd.positions.size() ? cmd.positions[i] : Position{};
  size_t start = i + 1;
  const std::string name = BaseName(w[i]);
  if (const size_t after = PythonDashMPip(w, i); after != kNone) {
    pc.manager = PackageManager::kPip;
    pc.spelling = name + " -m pip";
    start = after;
  } else if (ManagerOf(name, &pc.manager)) {
    pc.spelling = name;
  } else {
    return false;
  }
  ReadOptions(cmd, start, &pc);
  *out = std::move(pc);
  return true;
}

std::vector<PackageCommand> PackageCommands(const dockerfile::Instruction& run) {
  std::vector<PackageCommand> out;
  if (!run.Is("RUN")) return out;
  for (const dockerfile::ShellCommand& cmd : run.commands) {
    PackageCommand pc;
    if (ParsePackageCommand(cmd, &pc)) out.push_back(std::move(pc));
  }
  return out;
}

}  // namespace k8slint::rules::df
