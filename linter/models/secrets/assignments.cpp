#include "linter/models/secrets/assignments.h"

#include <algorithm>

#include "linter/core/ascii.h"
#include "linter/core/text.h"

namespace k8slint::secrets {
namespace {

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool IsKeyChar(char c) { return IsNameChar(c) || c == '-' || c == '.'; }
bool IsAlphaChar(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Ends a bare value: blanks, quotes, separators of the surrounding syntax.
bool EndsBare(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == ';' || c == ',' || c == ')' || c == ']' ||
         c == '}' || c == '"' || c == '\'' || c == '`' || c == '<' || c == '(' || c == '&' ||
         c == '|';
}

// config.db.password, process.env.TOKEN, self.secret: a member access, not a literal.
bool IsMemberChain(std::string_view v) {
  if (v.find('.') == std::string_view::npos) return false;
  size_t b = 0;
  for (size_t i = 0; i <= v.size(); ++i) {
    if (i < v.size() && v[i] != '.') continue;
    const std::string_view seg = v.substr(b, i - b);
    if (seg.empty() || !(IsAlphaChar(seg[0]) || seg[0] == '_' || seg[0] == '$') ||
        !std::all_of(seg.begin(), seg.end(), [](char c) { return IsNameChar(c) || c == '$'; }))
      return false;
    b = i + 1;
  }
  return true;
}

// A quoted string at `i` (escapes skipped); nullopt when it does not close on the line.
std::optional<Assignment> Quoted(std::string_view line, size_t i) {
  const char q = line[i];
  size_t end = i + 1;
  while (end < line.size() && line[end] != q) end += line[end] == '\\' ? 2 : 1;
  if (end >= line.size()) return std::nullopt;
  Assignment a;
  a.value = line.substr(i + 1, end - i - 1);
  a.value_column = i + 1;
  a.quoted = true;
  return a;
}

// The literal at `i`: quoted, or (when `bare`) a run up to a blank or separator that is
// not an expression. Trailing comments end bare values.
std::optional<Assignment> LiteralAt(std::string_view line, size_t i, bool bare) {
  if (i >= line.size()) return std::nullopt;
  const char c = line[i];
  if (c == '"' || c == '\'' || c == '`') return Quoted(line, i);
  if (!bare || c == '#' || c == '-' || line.substr(i, 2) == "//") return std::nullopt;
  size_t end = i;
  while (end < line.size() && !EndsBare(line[end])) ++end;
  if (end == i || (end < line.size() && (line[end] == '(' || line[end] == '[')))
    return std::nullopt;
  Assignment a;
  a.value = line.substr(i, end - i);
  a.value_column = i;
  if (IsMemberChain(a.value)) return std::nullopt;
  return a;
}

// `<name>value</name>` at `i` (on '<').
std::optional<Assignment> XmlElement(std::string_view line, size_t i, size_t* next) {
  size_t j = i + 1;
  while (j < line.size() && (IsKeyChar(line[j]) || line[j] == ':')) ++j;
  if (j == i + 1 || j >= line.size() || line[j] != '>') return std::nullopt;
  const std::string_view name = line.substr(i + 1, j - i - 1);
  const size_t close = line.find('<', j + 1);
  if (close == std::string_view::npos || line.substr(close, 2) != "</" ||
      line.substr(close + 2, name.size()) != name)
    return std::nullopt;
  Assignment a;
  a.key = name;
  a.value = Trim(line.substr(j + 1, close - j - 1));
  a.value_column = a.value.empty() ? j + 1 : static_cast<size_t>(a.value.data() - line.data());
  *next = close;
  if (a.value.starts_with("<![CDATA[")) return std::nullopt;
  return a;
}

// The separator at `j`: its length, 0 when there is none. `=`, `:=`, `?=`, `::=`, `=>`,
// `:` (not `==`, `=~`, `://`).
size_t SeparatorAt(std::string_view line, size_t j) {
  const std::string_view rest = line.substr(j);
  if (rest.starts_with("::=")) return 3;
  if (rest.starts_with(":=") || rest.starts_with("?=") || rest.starts_with("=>")) return 2;
  if (rest.starts_with("==") || rest.starts_with("=~")) return 0;
  if (rest.starts_with("=")) return 1;
  if (rest.starts_with(":") && !rest.starts_with("://") && !rest.starts_with("::")) return 1;
  return 0;
}

// `: String =` (Kotlin, TypeScript) or ` string =` (Go var) between a name and its
// value: a type annotation, skipped.
size_t SkipTypeAnnotation(std::string_view line, size_t j) {
  size_t k = j;
  if (k < line.size() && line[k] == ':') k = SkipSpaces(line, k + 1);
  const size_t word = k;
  while (k < line.size() && (IsNameChar(line[k]) || line[k] == '&' || line[k] == '?')) ++k;
  if (k == word) return j;
  const std::string_view type = line.substr(word, k - word);
  if (type != "string" && type != "String" && type != "str" && type != "&str" &&
      type != "String?" && (j >= line.size() || line[j] != ':'))
    return j;
  k = SkipSpaces(line, k);
  return k < line.size() && line[k] == '=' && line.substr(k, 2) != "==" ? k : j;
}

}  // namespace

Syntax SyntaxOfName(std::string_view name) {
  const std::string lower = AsciiLower(name);
  const size_t dot = lower.rfind('.');
  // A view of `lower` itself: lower.substr() would be a temporary string.
  const std::string_view base = std::string_view(lower).substr(lower.rfind('/') + 1);
  if (base == "makefile" || base == "gnumakefile" || base.starts_with(".env") ||
      base == "dockerfile")
    return Syntax::kConfig;
  // Prose and lock files: NOTES.txt reads as assignments, package-lock.json names packages.
  if (dot == std::string::npos || base.ends_with(".txt") || base.ends_with(".md") ||
      base.find("lock") != std::string_view::npos || base.ends_with(".sum"))
    return Syntax::kAny;
  return SyntaxOfLanguage(std::string_view(lower).substr(dot + 1));
}

Syntax SyntaxOfLanguage(std::string_view lang) {
  const std::string l = AsciiLower(lang);
  for (std::string_view c :
       {"properties", "ini", "cfg",        "conf",   "env",    "dotenv", "toml",    "tf",
        "tfvars",     "hcl", "sh",         "bash",   "zsh",    "shell",  "console", "make",
        "makefile",   "mk",  "dockerfile", "docker", "yaml",   "yml",    "text",    "txt",
        "plaintext",  "cnf", "service",    "npmrc",  "pypirc", "netrc",  "gradle"})
    if (l == c) return Syntax::kConfig;
  for (std::string_view c :
       {"js",     "javascript", "jsx",    "mjs",    "cjs",    "ts",   "typescript", "tsx",
        "go",     "golang",     "py",     "python", "rb",     "ruby", "java",       "kt",
        "kotlin", "kts",        "scala",  "cs",     "csharp", "c#",   "php",        "rs",
        "rust",   "swift",      "groovy", "c",      "cpp",    "c++",  "dart",       "lua",
        "pl",     "perl",       "ex",     "exs",    "elixir", "clj",  "r"})
    if (l == c) return Syntax::kCode;
  if (l == "json" || l == "jsonc" || l == "json5") return Syntax::kJson;
  if (l == "xml" || l == "config" || l == "csproj" || l == "pom" || l == "html")
    return Syntax::kXml;
  return Syntax::kAny;
}

void FindAssignments(std::string_view line, Syntax syntax, std::vector<Assignment>* out) {
  const size_t first = out->size();
  const bool xml = syntax == Syntax::kXml || syntax == Syntax::kAny;
  const bool bare = syntax == Syntax::kConfig || syntax == Syntax::kAny;
  for (size_t i = 0; i < line.size();) {
    const char c = line[i];
    if (c == '<' && xml) {
      size_t next = i + 1;
      if (auto a = XmlElement(line, i, &next)) out->push_back(*a);
      i = next;
      continue;
    }
    // --password=x, -Password x: an option, whatever the syntax.
    size_t dashes = 0;
    if (c == '-' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t' || line[i - 1] == '"' ||
                     line[i - 1] == '\'' || line[i - 1] == '[' || line[i - 1] == '(')) {
      while (i + dashes < line.size() && line[i + dashes] == '-' && dashes < 2) ++dashes;
    }
    const size_t name_begin = i + dashes;
    if (name_begin >= line.size() || !(IsAlphaChar(line[name_begin]) || line[name_begin] == '_')) {
      i = name_begin + 1;
      continue;
    }
    if (i > 0 && dashes == 0 && IsKeyChar(line[i - 1])) {
      ++i;
      continue;
    }
    size_t j = name_begin;
    while (j < line.size() && IsKeyChar(line[j])) ++j;
    const std::string_view name = line.substr(name_begin, j - name_begin);
    i = j;
    if (syntax == Syntax::kFlags && dashes == 0) continue;
    const char before = name_begin > 0 ? line[name_begin - 1] : ' ';
    if ((before == '"' || before == '\'') && j < line.size() && line[j] == before) ++j;
    j = SkipSpaces(line, j);
    if (const size_t typed = SkipTypeAnnotation(line, j); typed != j) i = j = typed;
    const size_t sep = j < line.size() ? SeparatorAt(line, j) : 0;
    std::optional<Assignment> a;
    if (sep > 0) {
      // In code, `key: value` is an object literal or a label: only strings count.
      a = LiteralAt(line, SkipSpaces(line, j + sep), bare || dashes > 0);
    } else if (dashes > 0 && j > name_begin + name.size() && j < line.size()) {
      a = LiteralAt(line, j, true);  // --token abc
    }
    if (!a) continue;
    a->key = name;
    out->push_back(*a);
  }
  // key="DbPassword" value="..." / "name": "DB_PASSWORD", "value": "...": the value
  // belongs to the name the first one gives.
  const size_t last = out->size();
  for (size_t k = first; k + 1 < last; ++k) {
    const Assignment& n = (*out)[k];
    const Assignment& v = (*out)[k + 1];
    if ((n.key == "key" || n.key == "name") && v.key == "value") {
      Assignment pair = v;
      pair.key = n.value;
      out->push_back(pair);
    }
  }
}

std::optional<Assignment> ParsePowerShellLine(std::string_view line) {
  size_t i = SkipSpaces(line, 0);
  if (i >= line.size() || line[i] != '$') return std::nullopt;
  ++i;
  if (line.substr(i, 4) == "env:" || line.substr(i, 4) == "Env:" || line.substr(i, 4) == "ENV:")
    i += 4;
  const size_t key_begin = i;
  while (i < line.size() && IsNameChar(line[i])) ++i;
  if (i == key_begin) return std::nullopt;
  const std::string_view key = line.substr(key_begin, i - key_begin);
  i = SkipSpaces(line, i);
  if (i >= line.size() || line[i] != '=' || (i + 1 < line.size() && line[i + 1] == '='))
    return std::nullopt;
  auto a = ReadScalar(line, SkipSpaces(line, i + 1), false);
  if (a) a->key = key;
  return a;
}

std::optional<Assignment> ParseShellLine(std::string_view line) {
  size_t i = SkipSpaces(line, 0);
  for (std::string_view prefix : {"export ", "set ", "SET "})
    if (line.substr(i, prefix.size()) == prefix) i = SkipSpaces(line, i + prefix.size());
  const size_t key_begin = i;
  while (i < line.size() && IsNameChar(line[i])) ++i;
  if (i == key_begin || i >= line.size() || line[i] != '=') return std::nullopt;
  const std::string_view key = line.substr(key_begin, i - key_begin);
  ++i;
  std::optional<Assignment> a;
  if (i < line.size() && (line[i] == '"' || line[i] == '\'')) {
    a = ReadScalar(line, i, false);
  } else {
    size_t end = i;
    while (end < line.size() && line[end] != ' ' && line[end] != '\t' && line[end] != ';' &&
           line[end] != '&' && line[end] != '|' && line[end] != '\r')
      ++end;
    if (end == i) return std::nullopt;
    a = Assignment{};
    a->value = line.substr(i, end - i);
    a->value_column = i;
  }
  if (a) a->key = key;
  return a;
}

}  // namespace k8slint::secrets
