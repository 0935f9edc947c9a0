#include "linter/models/ps/queries.h"

#include "linter/core/ascii.h"

#include <cstdint>
#include <algorithm>
#include <cctype>

namespace k8slint::ps {
namespace {

bool IsNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

std::string Unquote(std::string_view w) {
  if (w.size() >= 2 && (w.front() == '"' || w.front() == '\'') && w.back() == w.front())
    w = w.substr(1, w.size() - 2);
  return std::string(w);
}

}  // namespace

std::optional<Edition> ParseEdition(std::string_view text) {
  if (text == "5.1") return Edition::kWindowsPowerShell51;
  if (text == "7" || (text.size() > 2 && text.starts_with("7.") &&
                      std::all_of(text.begin() + 2, text.end(), ::isdigit)))
    return Edition::kPowerShell7;
  return std::nullopt;
}

Edition EditionOf(const Script& script, Edition configured) {
  return script.host().edition.value_or(configured);
}

std::string Excerpt(std::string_view text, size_t max) {
  std::string out;
  for (char c : text) {
    if (c == '\r') continue;
    if (c == '\n' || c == '\t') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
    // Past `max` with a visible byte the excerpt is cut anyway: stop, so an excerpt of a
    // huge command costs O(max), not O(command).
    if (out.size() > max && c != ' ') break;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() > max) {
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + "...";
  }
  return out;
}

std::string JoinWords(const Script& s, const Command& c, size_t from, size_t to) {
  if (to == 0 || to > c.words.size()) to = c.words.size();
  std::string out;
  for (size_t i = from; i < to && out.size() < 1024; ++i) {
    if (!out.empty()) out += ' ';
    out += s.Text(c.words[i]).substr(0, 1024);
  }
  return out;
}

std::string Literal(std::string_view name, std::string_view value) {
  const std::string v = Unquote(value);
  const std::string upper = AsciiUpper(name);
  for (std::string_view secretish :
       {"KEY", "TOKEN", "SECRET", "PASS", "PWD", "CRED", "AUTH", "PRIVATE"})
    if (upper.find(secretish) != std::string::npos) return "'...'";
  if (v.size() > 48 || v.find('@') != std::string::npos) return "'...'";
  if (v.find('$') != std::string::npos) return "\"" + EnvReads(v) + "\"";
  std::string out = "'";
  for (char ch : v) out += ch == '\'' ? std::string("''") : std::string(1, ch);
  return out + "'";
}

size_t AssignedNameLength(std::string_view w) {
  if (w.empty() || !(std::isalpha(static_cast<unsigned char>(w[0])) || w[0] == '_')) return 0;
  size_t i = 0;
  while (i < w.size() && IsNameChar(w[i])) ++i;
  return i < w.size() && w[i] == '=' ? i : 0;
}

std::set<std::string> BashSetNames(const Script& s) {
  std::set<std::string> names;
  for (const Command& c : s.commands()) {
    if (c.in_hashtable || c.call_operator || c.words.empty()) continue;
    if (s.tokens()[c.words.front().first_token].kind != TokenKind::kWord) continue;
    const bool exp = s.Name(c) == "export";
    for (size_t i = exp ? 1 : 0; i < c.words.size(); ++i) {
      const std::string_view w = s.Text(c.words[i]);
      const size_t n = AssignedNameLength(w);
      if (n == 0) break;
      names.insert(AsciiLower(w.substr(0, n)));
    }
  }
  return names;
}

bool IsEnvStyleName(std::string_view name) {
  if (name.size() < 2 || !std::isupper(static_cast<unsigned char>(name.front()))) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isupper(static_cast<unsigned char>(c)) ||
           std::isdigit(static_cast<unsigned char>(c)) || c == '_';
  });
}

std::string TranslateTest(const Script& s, const Command& c, size_t from, size_t to) {
  to = std::min(to, c.words.size());
  std::vector<std::string> w;
  // Only tests of up to three words are translated: a fourth word decides. The words are
  // quoted in the message, so each is bounded.
  for (size_t i = from; i < to && w.size() < 4; ++i) {
    const std::string_view t = s.Text(c.words[i]);
    if (t == "]" || t == "]]" || t == ";") break;
    w.push_back(k8slint::Excerpt(EnvReads(t)));
  }
  auto path = [](const std::string& p) {
    return p.front() == '"' || p.front() == '\'' ? p : "'" + p + "'";
  };
  if (w.size() == 2 && w[0] == "-f") return "Test-Path " + path(w[1]) + " -PathType Leaf";
  if (w.size() == 2 && w[0] == "-d") return "Test-Path " + path(w[1]) + " -PathType Container";
  if (w.size() == 2 && w[0] == "-e") return "Test-Path " + path(w[1]);
  if (w.size() == 2 && w[0] == "-z") return "[string]::IsNullOrEmpty(" + w[1] + ")";
  if (w.size() == 2 && w[0] == "-n") return "-not [string]::IsNullOrEmpty(" + w[1] + ")";
  if (w.size() == 3) {
    const std::string& op = w[1];
    if (op == "=" || op == "==") return w[0] + " -eq " + w[2];
    if (op == "!=") return w[0] + " -ne " + w[2];
    if (op.size() == 3 && op[0] == '-') return w[0] + " " + op + " " + w[2];
  }
  return "Test-Path '<path>'";
}

bool MayRunOnWindows(const Script& s, const Command& c) {
  return s.host().windows && !c.non_windows;
}

bool IsToolCall(const Script& s, std::string_view name) {
  return !name.empty() && !s.DefinesCommand(name);
}

const Command* PipedInto(const Script& s, const Command& c) {
  const auto& cmds = s.commands();
  // `c` is an element of cmds: its index comes from its address, not from a scan of the
  // script (once per command, that scan was quadratic in commands per script).
  if (cmds.empty() || &c < cmds.data() || &c >= cmds.data() + cmds.size()) return nullptr;
  const size_t i = static_cast<size_t>(&c - cmds.data());
  // Commands are sorted by begin offset: the first one after `c` ends the search.
  auto next = std::lower_bound(cmds.begin() + static_cast<long>(i) + 1, cmds.end(), c.end,
                               [](const Command& x, uint32_t end) { return x.begin < end; });
  return next != cmds.end() && next->separator == "|" ? &*next : nullptr;
}

bool IsAutomaticVariable(std::string_view name) {
  // Automatic and preference variables (about_Automatic_Variables, about_Preference_Variables).
  static constexpr std::string_view kNames[] = {"_",
                                                "args",
                                                "confirmpreference",
                                                "consolefilename",
                                                "debugpreference",
                                                "enabledexperimentalfeatures",
                                                "error",
                                                "erroractionpreference",
                                                "errorview",
                                                "event",
                                                "eventargs",
                                                "eventsubscriber",
                                                "executioncontext",
                                                "false",
                                                "foreach",
                                                "formatenumerationlimit",
                                                "home",
                                                "host",
                                                "informationpreference",
                                                "input",
                                                "iscoreclr",
                                                "islinux",
                                                "ismacos",
                                                "iswindows",
                                                "lastexitcode",
                                                "matches",
                                                "maximumhistorycount",
                                                "myinvocation",
                                                "nestedpromptlevel",
                                                "null",
                                                "ofs",
                                                "outputencoding",
                                                "pid",
                                                "profile",
                                                "progresspreference",
                                                "psboundparameters",
                                                "pscmdlet",
                                                "pscommandpath",
                                                "psculture",
                                                "psdebugcontext",
                                                "psdefaultparametervalues",
                                                "psedition",
                                                "psemailserver",
                                                "pshome",
                                                "psitem",
                                                "psnativecommandargumentpassing",
                                                "psscriptroot",
                                                "pssenderinfo",
                                                "psstyle",
                                                "psuiculture",
                                                "psversiontable",
                                                "pwd",
                                                "sender",
                                                "shellid",
                                                "stacktrace",
                                                "this",
                                                "true",
                                                "verbosepreference",
                                                "warningpreference",
                                                "whatifpreference"};
  const std::string lower = AsciiLower(name);
  return std::find(std::begin(kNames), std::end(kNames), lower) != std::end(kNames);
}

std::string EnvReads(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '$' || i + 1 >= text.size()) {
      out += text[i];
      continue;
    }
    size_t b = i + 1, e;
    const bool braced = text[b] == '{';
    if (braced) ++b;
    for (e = b; e < text.size() && IsNameChar(text[e]); ++e) {
    }
    const std::string_view name = text.substr(b, e - b);
    if (name.empty() || (e < text.size() && text[e] == ':') || !IsEnvStyleName(name) ||
        IsAutomaticVariable(name)) {
      out += text[i];
      continue;
    }
    out += "$env:";
    out += name;
    i = braced && e < text.size() && text[e] == '}' ? e : e - 1;
  }
  return out;
}

}  // namespace k8slint::ps
