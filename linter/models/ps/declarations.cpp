// What a script declares: the functions and aliases that shadow a tool of the same
// name (`function Test { ... }` then `Test`), and the variables it assigns, so that
// rules do not read them as bash.
#include <string>

#include "linter/core/ascii.h"
#include "linter/models/ps/lexer.h"

namespace k8slint::ps {
namespace {

// `$Script:Name` -> "name"; "" for `$env:NAME` and other drives, `$?`, `$$`.
std::string VariableName(std::string_view token) {
  std::string_view name = token.substr(1);
  if (name.starts_with("{") && name.ends_with("}")) name = name.substr(1, name.size() - 2);
  std::string lower = AsciiLower(name);
  const size_t colon = lower.find(':');
  if (colon == std::string::npos) return lower;
  const std::string scope = lower.substr(0, colon);
  if (scope == "script" || scope == "global" || scope == "local" || scope == "private" ||
      scope == "using")
    return lower.substr(colon + 1);
  return "";
}

// `Get-Foo` from `global:Get-Foo`, lower case.
std::string CommandName(std::string_view word) {
  std::string lower = AsciiLower(word);
  for (std::string_view scope : {"global:", "script:", "local:", "private:"})
    if (lower.starts_with(scope)) lower.erase(0, scope.size());
  return lower;
}

bool IsAssignment(std::string_view op) {
  return op == "=" || op == "+=" || op == "-=" || op == "*=" || op == "/=";
}

// The value of `-Name X`, else the first argument that is not a parameter.
std::string NamedOrFirst(const Script& s, const Command& c) {
  for (size_t i = 1; i + 1 < c.words.size(); ++i)
    if (AsciiLower(s.Text(c.words[i])) == "-name") return std::string(s.Text(c.words[i + 1]));
  for (size_t i = 1; i < c.words.size(); ++i)
    if (!s.Text(c.words[i]).starts_with("-")) return std::string(s.Text(c.words[i]));
  return "";
}

std::string UnquoteDeclared(std::string_view w) {
  if (w.size() >= 2 && (w.front() == '\'' || w.front() == '"') && w.back() == w.front())
    w = w.substr(1, w.size() - 2);
  return std::string(w);
}

}  // namespace

Script::Declarations Declare(const Script& s) {
  Script::Declarations d;
  const std::vector<Token>& toks = s.tokens();
  for (const Command& c : s.commands()) {
    const std::string name = s.Name(c);
    if ((name == "function" || name == "filter" || name == "workflow") && c.words.size() > 1) {
      d.commands.insert(CommandName(s.Text(toks[c.words[1].first_token])));
    } else if (name == "set-alias" || name == "new-alias" || name == "sal" || name == "nal") {
      const std::string alias = UnquoteDeclared(NamedOrFirst(s, c));
      if (!alias.empty()) d.commands.insert(AsciiLower(alias));
    } else if (name == "set-variable" || name == "new-variable" || name == "sv" || name == "nv") {
      const std::string var = UnquoteDeclared(NamedOrFirst(s, c));
      if (!var.empty()) d.variables.insert(AsciiLower(var));
    } else if (name == "." && c.words.size() > 1) {
      const std::string arg = AsciiLower(UnquoteDeclared(s.Text(c.words[1])));
      d.dot_sources |= !arg.ends_with(".sh") && !arg.ends_with(".env");
    }
    for (size_t i = 1; i + 1 < c.words.size(); ++i) {  // -OutVariable pods
      const std::string flag = AsciiLower(s.Text(c.words[i]));
      if (flag == "-outvariable" || flag == "-ov" || flag == "-errorvariable" || flag == "-ev" ||
          flag == "-pipelinevariable" || flag == "-pv" || flag == "-warningvariable" ||
          flag == "-wv" || flag == "-informationvariable" || flag == "-iv") {
        std::string var = UnquoteDeclared(s.Text(c.words[i + 1]));
        if (var.starts_with("+")) var.erase(0, 1);
        d.variables.insert(AsciiLower(var));
      }
    }
  }
  for (size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (t.kind == TokenKind::kVariable && !t.in_string) {
      // `$a = 1`, `$a += 1`, `$a, $b = $pair`
      size_t j = i + 1;
      while (j + 1 < toks.size() && s.Text(toks[j]) == "," &&
             toks[j + 1].kind == TokenKind::kVariable)
        j += 2;
      if (j < toks.size() && toks[j].kind == TokenKind::kOperator && IsAssignment(s.Text(toks[j])))
        for (size_t k = i; k < j; k += 2) d.variables.insert(VariableName(s.Text(toks[k])));
      continue;
    }
    if (t.kind != TokenKind::kWord || i + 1 >= toks.size() ||
        toks[i + 1].kind != TokenKind::kOpen || s.Text(toks[i + 1]) != "(")
      continue;
    // `foreach ($x in ...)`, `param(...)` and `function Name($a, $b)` declare variables.
    const std::string word = AsciiLower(s.Text(t));
    const bool loop = word == "foreach";
    const bool params = word == "param" || (i > 0 && toks[i - 1].kind == TokenKind::kWord &&
                                            (AsciiLower(s.Text(toks[i - 1])) == "function" ||
                                             AsciiLower(s.Text(toks[i - 1])) == "filter"));
    if (!loop && !params) continue;
    if (loop) {
      if (i + 2 < toks.size() && toks[i + 2].kind == TokenKind::kVariable)
        d.variables.insert(VariableName(s.Text(toks[i + 2])));
      continue;
    }
    int depth = 0;
    for (size_t k = i + 1; k < toks.size(); ++k) {
      if (toks[k].kind == TokenKind::kOpen) ++depth;
      if (toks[k].kind == TokenKind::kClose && --depth == 0) break;
      if (toks[k].kind == TokenKind::kVariable && !toks[k].in_string)
        d.variables.insert(VariableName(s.Text(toks[k])));
    }
  }
  d.variables.erase("");
  d.commands.erase("");
  return d;
}

}  // namespace k8slint::ps
