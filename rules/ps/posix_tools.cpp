#include "rules/ps/posix_tools.h"

#include <cctype>
#include <functional>
#include <map>
#include <vector>

#include "linter/models/ps/queries.h"

namespace k8slint::rules {
namespace {

using Args = std::vector<std::string>;  // the command's words after its name

// Words that are not flags, and whether a flag was given.
std::string Operands(const Args& a, size_t from = 0) {
  std::string out;
  for (size_t i = from; i < a.size(); ++i)
    if (!a[i].starts_with("-")) out += (out.empty() ? "" : " ") + a[i];
  return out;
}
bool Has(const Args& a, std::string_view flag) {
  for (const std::string& w : a)
    if (w == flag) return true;
  return false;
}
std::string Or(const std::string& s, std::string_view fallback) {
  return s.empty() ? std::string(fallback) : s;
}
std::string Unquote(std::string s) {
  if (s.size() >= 2 && (s.front() == '\'' || s.front() == '"') && s.back() == s.front())
    s = s.substr(1, s.size() - 2);
  return s;
}
// Number after -n / -nN, default 10.
std::string Count(const Args& a) {
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] == "-n" && i + 1 < a.size()) return a[i + 1];
    if (a[i].size() > 1 && a[i][0] == '-' && std::isdigit(static_cast<unsigned char>(a[i][1])))
      return a[i].substr(1);
  }
  return "10";
}

std::string Sed(const Args& a) {
  for (const std::string& w : a) {
    const std::string e = Unquote(w);
    if (e.size() < 4 || e[0] != 's') continue;
    const char d = e[1];
    const size_t m = e.find(d, 2), r = m == std::string::npos ? m : e.find(d, m + 1);
    if (r == std::string::npos) continue;
    const std::string replace =
        "-replace '" + e.substr(2, m - 2) + "', '" + e.substr(m + 1, r - m - 1) + "'";
    const std::string file = Operands(a, 0) == w ? "" : Unquote(a.back());
    if (Has(a, "-i") && !file.empty())
      return "(Get-Content " + file + ") " + replace + " | Set-Content " + file;
    return "ForEach-Object { $_ " + replace + " }";
  }
  return "ForEach-Object { $_ -replace 'old', 'new' }";
}

std::string Awk(const Args& a) {
  const std::string prog = a.empty() ? "" : Unquote(a.back());
  const size_t dollar = prog.find("print $");
  if (dollar != std::string::npos && std::isdigit(static_cast<unsigned char>(prog[dollar + 7]))) {
    const int field = prog[dollar + 7] - '0';
    if (field > 0)
      return "ForEach-Object { ($_ -split '\\s+')[" + std::to_string(field - 1) + "] }";
  }
  return "ForEach-Object { ($_ -split '\\s+')[0] }";
}

const std::map<std::string, std::function<std::string(const Args&)>>& Table() {
  static const std::map<std::string, std::function<std::string(const Args&)>> kTable = {
      {"grep",
       [](const Args& a) {
         return "Select-String " + Or(Operands(a), "'pattern'") +
                (Has(a, "-v") ? " -NotMatch" : "");
       }},
      {"sed", Sed},
      {"awk", Awk},
      {"xargs",
       [](const Args& a) { return "ForEach-Object { " + Or(Operands(a), "command") + " $_ }"; }},
      {"which", [](const Args& a) { return "Get-Command " + Or(Operands(a), "name"); }},
      {"touch", [](const Args& a) { return "New-Item -ItemType File " + Or(Operands(a), "file"); }},
      {"chmod",
       [](const Args& a) {
         return "icacls " + Or(Operands(a, 1), "path") + " /grant \"${env:USERNAME}:(RX)\"";
       }},
      {"chown",
       [](const Args& a) { return "icacls " + Or(Operands(a, 1), "path") + " /setowner <user>"; }},
      {"sudo",
       [](const Args& a) {
         std::string cmd;
         for (const std::string& w : a) cmd += (cmd.empty() ? "" : " ") + w;
         return "Start-Process powershell -Verb RunAs -ArgumentList '" + Or(cmd, "<command>") + "'";
       }},
      {"head", [](const Args& a) { return "Select-Object -First " + Count(a); }},
      {"tail",
       [](const Args& a) {
         return Has(a, "-f") ? "Get-Content " + Or(Operands(a), "file") + " -Wait -Tail " + Count(a)
                             : "Select-Object -Last " + Count(a);
       }},
      {"wc", [](const Args&) { return std::string("Measure-Object -Line"); }},
      {"cut", [](const Args&) { return std::string("ForEach-Object { ($_ -split ',')[0] }"); }},
      {"tr", [](const Args&) { return std::string("ForEach-Object { $_ -replace 'a', 'b' }"); }},
      {"base64",
       [](const Args& a) {
         return Has(a, "-d") || Has(a, "--decode") || Has(a, "-D")
                    ? std::string(
                          "ForEach-Object { "
                          "[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($_)) }")
                    : std::string(
                          "ForEach-Object { "
                          "[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($_)) }");
       }},
      {"unset", [](const Args& a) { return "Remove-Item Env:" + Or(Operands(a), "NAME"); }},
      {"printenv",
       [](const Args& a) {
         return a.empty() ? std::string("Get-ChildItem Env:") : "$env:" + a[0];
       }},
      {"env",
       [](const Args& a) {
         return a.empty() ? std::string("Get-ChildItem Env:")
                          : std::string("$env:NAME = 'value'; <command>");
       }},
      {"basename", [](const Args& a) { return "Split-Path -Leaf " + Or(Operands(a), "path"); }},
      {"dirname", [](const Args& a) { return "Split-Path -Parent " + Or(Operands(a), "path"); }},
      {"nproc", [](const Args&) { return std::string("$env:NUMBER_OF_PROCESSORS"); }},
      {"open", [](const Args& a) { return "Start-Process " + Or(Operands(a), "url"); }},
      {"xdg-open", [](const Args& a) { return "Start-Process " + Or(Operands(a), "url"); }},
      {"ln",
       [](const Args& a) {
         const std::string ops = Operands(a);
         const size_t sp = ops.find(' ');
         return sp == std::string::npos
                    ? std::string("New-Item -ItemType SymbolicLink -Path link -Target target")
                    : "New-Item -ItemType SymbolicLink -Path " + ops.substr(sp + 1) + " -Target " +
                          ops.substr(0, sp);
       }},
      {"alias",
       [](const Args& a) {
         const std::string d = a.empty() ? "" : Unquote(a[0]);
         const size_t eq = d.find('=');
         return eq == std::string::npos
                    ? std::string("Set-Alias k kubectl")
                    : "Set-Alias " + d.substr(0, eq) + " " + Unquote(d.substr(eq + 1));
       }},
      {"read",
       [](const Args& a) {
         std::string var = a.empty() ? "answer" : a.back(), prompt = "'Value'";
         for (size_t i = 0; i + 1 < a.size(); ++i)
           if (a[i] == "-p") prompt = a[i + 1];
         return "$" + var + " = Read-Host " + prompt;
       }},
      {"find",
       [](const Args& a) {
         for (size_t i = 0; i + 1 < a.size(); ++i)
           if (a[i] == "-name") return "Get-ChildItem -Recurse -Filter " + a[i + 1];
         return std::string("Get-ChildItem -Recurse");
       }},
  };
  return kTable;
}

}  // namespace

std::optional<std::string> PowerShellFor(const ps::Script& s, const ps::Command& c,
                                         const std::string& name) {
  const auto it = Table().find(name);
  if (it == Table().end()) return std::nullopt;
  // `find` is also a Windows program; only its POSIX form (`find . -name`) is meant here.
  if (name == "find" && (c.words.size() < 2 || s.Text(c.words[1]).starts_with("\"")))
    return std::nullopt;
  Args args;
  for (size_t i = 1; i < c.words.size(); ++i) args.emplace_back(s.Text(c.words[i]));
  return it->second(args);
}

}  // namespace k8slint::rules
