// gitleaks allowlist path regexes as k8slint globs (PathRegexToGlobs in peer_import.h).
// Only the forms people write for paths are translated: a literal path with `\.` escapes,
// `.` as any character, `^` and `$` anchors, `.*` anywhere and `(a|b)` alternatives.
// Anything else is left to the user, since a wrong glob would hide real secrets.
#include <string>
#include <vector>

#include "linter/config/peer_import.h"

namespace k8slint {
namespace {

// A regex search for `.*` at either end is the same as without it.
bool StripAnyPrefix(std::string_view* s) {
  for (std::string_view any : {"(.*?)", "(.*)", "(?:.*?)", "(?:.*)", ".*?", ".*"})
    if (s->substr(0, any.size()) == any) {
      s->remove_prefix(any.size());
      return true;
    }
  return false;
}

bool StripAnySuffix(std::string_view* s) {
  for (std::string_view any : {"(.*?)", "(.*)", "(?:.*?)", "(?:.*)", ".*?", ".*"})
    if (s->size() >= any.size() && s->substr(s->size() - any.size()) == any &&
        (s->size() == any.size() || (*s)[s->size() - any.size() - 1] != '\\')) {
      s->remove_suffix(any.size());
      return true;
    }
  return false;
}

// One literal alternative of a group or of the body: `\.` escapes, `.` becomes `?`; false on
// any other regex syntax, and on characters that mean something in a glob or a gitignore
// pattern (`!`, `#`, `[`, `*`, `?`, `\`).
bool Literal(std::string_view s, std::string* out) {
  out->clear();
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\\') {
      if (i + 1 == s.size()) return false;
      const char e = s[++i];
      if (std::string_view("./-_@~%&=:, +").find(e) == std::string_view::npos) return false;
      *out += e;
      continue;
    }
    if (std::string_view("*+?{}[]()|^$!#").find(c) != std::string_view::npos) return false;
    *out += c == '.' ? '?' : c;
  }
  return true;
}

// Stands for a `.*` inside the body: any characters, '/' included.
constexpr char kAnything = '\x01';

bool IsAnything(std::string_view s) { return s == ".*" || s == ".*?"; }

// The body as a product of pieces, each a list of alternatives.
bool Pieces(std::string_view body, std::vector<std::vector<std::string>>* pieces) {
  size_t i = 0;
  std::string run;
  const auto flush = [&]() {
    if (run.empty()) return true;
    std::string lit;
    if (!Literal(run, &lit)) return false;
    pieces->push_back({lit});
    run.clear();
    return true;
  };
  while (i < body.size()) {
    if (body.substr(i, 2) == ".*") {
      if (!flush()) return false;
      pieces->push_back({std::string(1, kAnything)});
      i += body.substr(i, 3) == ".*?" ? 3 : 2;
      continue;
    }
    if (body[i] == '(') {
      const size_t close = body.find(')', i);
      if (close == std::string_view::npos) return false;
      std::string_view inner = body.substr(i + 1, close - i - 1);
      if (inner.substr(0, 2) == "?:") inner.remove_prefix(2);
      if (close + 1 < body.size() &&
          std::string_view("*+?{").find(body[close + 1]) != std::string_view::npos)
        return false;
      if (!flush()) return false;
      if (IsAnything(inner)) {
        pieces->push_back({std::string(1, kAnything)});
        i = close + 1;
        continue;
      }
      std::vector<std::string> alts;
      size_t start = 0;
      for (size_t j = 0; j <= inner.size(); ++j) {
        if (j < inner.size() && (inner[j] != '|' || (j > 0 && inner[j - 1] == '\\'))) continue;
        std::string lit;
        if (!Literal(inner.substr(start, j - start), &lit) || lit.empty()) return false;
        alts.push_back(lit);
        start = j + 1;
      }
      pieces->push_back(std::move(alts));
      i = close + 1;
      continue;
    }
    if (body[i] == '\\' && i + 1 < body.size()) {
      run += body.substr(i, 2);
      i += 2;
      continue;
    }
    // A quantifier on the last character: `ab?`, `a+`.
    if (i + 1 < body.size() && std::string_view("*+?{").find(body[i + 1]) != std::string_view::npos)
      return false;
    run += body[i++];
  }
  return flush();
}

// A `.*` inside one name ("a*b") or across folders ("a*/**/*b"): both globs together
// match what the regex matches.
std::vector<std::string> ExpandAnything(const std::string& literal) {
  std::vector<std::string> out = {""};
  for (const char c : literal) {
    std::vector<std::string> next;
    for (const std::string& prefix : out) {
      if (c != kAnything) {
        next.push_back(prefix + c);
        continue;
      }
      next.push_back(prefix + "*");
      next.push_back(prefix + "*/**/*");
    }
    out = std::move(next);
  }
  return out;
}

// One literal (with `?` for any character) searched in a path, as a glob.
bool Glob(const std::string& literal, bool anchored_start, bool anchored_end, std::string* out) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t j = 0; j <= literal.size(); ++j)
    if (j == literal.size() || literal[j] == '/') {
      parts.push_back(literal.substr(start, j - start));
      start = j + 1;
    }
  if (anchored_start) {
    if (parts.front().empty()) return false;  // relative paths never start with '/'
  } else {
    // The first part ends a name at any depth; "/x" has a whole name before the '/'.
    parts.front() = "*" + parts.front();
    if (parts.size() > 1) parts.insert(parts.begin(), "**");
  }
  if (anchored_end) {
    if (parts.back().empty()) return false;
  } else if (parts.back().empty()) {
    parts.pop_back();  // "x/" unanchored: the folder x, so everything below it
  } else {
    parts.back() += "*";
  }
  if (parts.empty()) return false;
  std::string glob;
  for (size_t j = 0; j < parts.size(); ++j) {
    if (parts[j].empty()) return false;
    glob += (j ? "/" : "") + parts[j];
  }
  // Wildcards alone ("/" searched anywhere) would match every path.
  if (glob.find_first_not_of("*?/") == std::string::npos) return false;
  *out = anchored_start ? "/" + glob : glob;
  return true;
}

}  // namespace

bool PathRegexToGlobs(std::string_view regex, std::vector<std::string>* globs) {
  constexpr size_t kMaxGlobs = 32;
  globs->clear();
  if (regex.substr(0, 4) == "(?i)") return false;  // globs are case-sensitive
  std::vector<std::string_view> alternatives;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i <= regex.size(); ++i) {
    if (i < regex.size()) {
      if (regex[i] == '\\') {
        ++i;
        continue;
      }
      if (regex[i] == '(') ++depth;
      if (regex[i] == ')') --depth;
      if (regex[i] != '|' || depth != 0) continue;
    }
    alternatives.push_back(regex.substr(start, i - start));
    start = i + 1;
  }
  for (std::string_view alt : alternatives) {
    bool anchored_start = false, anchored_end = false;
    if (!alt.empty() && alt.front() == '^') {
      anchored_start = true;
      alt.remove_prefix(1);
    }
    if (StripAnyPrefix(&alt)) anchored_start = false;
    if (!alt.empty() && alt.back() == '$' && (alt.size() < 2 || alt[alt.size() - 2] != '\\')) {
      anchored_end = true;
      alt.remove_suffix(1);
    }
    if (StripAnySuffix(&alt)) anchored_end = false;
    std::vector<std::vector<std::string>> pieces;
    if (alt.empty() || !Pieces(alt, &pieces)) return false;
    std::vector<std::string> literals = {""};
    for (const std::vector<std::string>& piece : pieces) {
      std::vector<std::string> next;
      for (const std::string& prefix : literals)
        for (const std::string& choice : piece) next.push_back(prefix + choice);
      if (next.size() > kMaxGlobs) return false;
      literals = std::move(next);
    }
    for (const std::string& with_anything : literals)
      for (const std::string& literal : ExpandAnything(with_anything)) {
        std::string glob;
        if (!Glob(literal, anchored_start, anchored_end, &glob)) return false;
        globs->push_back(glob);
        if (globs->size() > kMaxGlobs) return false;
      }
  }
  return !globs->empty();
}

}  // namespace k8slint
