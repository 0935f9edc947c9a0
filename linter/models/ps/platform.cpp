#include "linter/models/ps/platform.h"

#include <algorithm>
#include <string>
#include <vector>

#include "linter/core/ascii.h"

namespace k8slint::ps {
namespace {

// Lower case, without blanks, `"` read as `'`, outer parentheses removed: `( $IsLinux )`
// and `$islinux` compare equal.
std::string Normal(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '`') continue;
    out += c == '"' ? '\'' : AsciiLower(c);
  }
  while (out.size() >= 2 && out.front() == '(' && out.back() == ')') {
    int depth = 0;
    bool outer = true;
    for (size_t i = 0; i + 1 < out.size() && outer; ++i) {
      depth += out[i] == '(' ? 1 : out[i] == ')' ? -1 : 0;
      outer = depth > 0;
    }
    if (!outer) break;
    out = out.substr(1, out.size() - 2);
  }
  return out;
}

// `text` split at the top-level operator `op` ("-or", "-and"): between blanks or
// parentheses, outside nested parentheses and quotes.
std::vector<std::string_view> Split(std::string_view text, std::string_view op) {
  std::vector<std::string_view> parts;
  int depth = 0;
  bool quoted = false;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\'' || c == '"') quoted = !quoted;
    if (quoted) continue;
    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    if (depth != 0 || AsciiLower(text.substr(i, op.size())) != op) continue;
    const char before = i > 0 ? text[i - 1] : ' ';
    const char after = i + op.size() < text.size() ? text[i + op.size()] : ' ';
    const auto edge = [](char ch) { return ch == ' ' || ch == '\t' || ch == '(' || ch == ')'; };
    if (!edge(before) || !(edge(after) || after == '$' || after == '!' || after == '-')) continue;
    parts.push_back(text.substr(start, i - start));
    start = i + op.size();
  }
  parts.push_back(text.substr(start));
  return parts;
}

bool OneOf(const std::string& atom, std::initializer_list<std::string_view> forms) {
  return std::find(forms.begin(), forms.end(), atom) != forms.end();
}

bool NotWindowsAtom(const std::string& a) {
  if (OneOf(a, {"$islinux", "$ismacos", "$islinux-eq$true", "$ismacos-eq$true", "-not$iswindows",
                "!$iswindows", "-not($iswindows)", "!($iswindows)", "$iswindows-eq$false",
                "$iswindows-ne$true", "$psversiontable.platform-eq'unix'",
                "[environment]::osversion.platform-eq'unix'",
                "[system.environment]::osversion.platform-eq'unix'", "$env:os-ne'windows_nt'"}))
    return true;
  // [System.Runtime.InteropServices.RuntimeInformation]::IsOSPlatform([...OSPlatform]::Linux)
  return a.find("isosplatform(") != std::string::npos &&
         (a.ends_with("osplatform]::linux)") || a.ends_with("osplatform]::osx)") ||
          a.ends_with("osplatform]::freebsd)")) &&
         !a.starts_with("-not") && !a.starts_with("!");
}

bool WindowsAtom(const std::string& a) {
  if (OneOf(a, {"$iswindows", "$iswindows-eq$true", "$env:os-eq'windows_nt'",
                "$psversiontable.platform-eq'win32nt'",
                "[environment]::osversion.platform-eq'win32nt'",
                "[system.environment]::osversion.platform-eq'win32nt'"}))
    return true;
  return a.find("isosplatform(") != std::string::npos && a.ends_with("osplatform]::windows)") &&
         !a.starts_with("-not") && !a.starts_with("!");
}

}  // namespace

bool NeverOnWindows(std::string_view cond) {
  // False on Windows when every `-or` alternative has a conjunct that is.
  for (std::string_view alternative : Split(cond, "-or")) {
    bool any = false;
    for (std::string_view conjunct : Split(alternative, "-and"))
      any = any || NotWindowsAtom(Normal(conjunct));
    if (!any) return false;
  }
  return true;
}

bool AlwaysOnWindows(std::string_view cond) {
  // True on Windows when one `-or` alternative is a Windows test and nothing more.
  for (std::string_view alternative : Split(cond, "-or")) {
    const std::vector<std::string_view> conjuncts = Split(alternative, "-and");
    if (conjuncts.size() == 1 && WindowsAtom(Normal(conjuncts.front()))) return true;
  }
  return false;
}

}  // namespace k8slint::ps
