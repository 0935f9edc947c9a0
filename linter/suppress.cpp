#include "linter/suppress.h"

#include <algorithm>
#include <string_view>

#include "linter/registry.h"

namespace k8slint {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool IsCommentOnly(std::string_view line) {
  line = Trim(line);
  return line.starts_with("#") || line.starts_with("<!--") || line.starts_with("//");
}

bool Continues(std::string_view line) {
  line = Trim(line);
  return !line.empty() && (line.back() == '\\' || line.back() == '`');
}

// Lines a pragma on `line` covers.
std::pair<uint32_t, uint32_t> Scope(const SourceFile& src, uint32_t line) {
  if (!IsCommentOnly(src.Line(line))) return {line, line};
  uint32_t target = line + 1;
  while (target <= src.line_count() &&
         (Trim(src.Line(target)).empty() || IsCommentOnly(src.Line(target))))
    ++target;
  uint32_t last = target;
  while (last < src.line_count() && Continues(src.Line(last))) ++last;
  return {target, last};
}

struct Marker {
  std::string_view text;
  std::string_view alias_prefix;  // prepended to each token before lookup
  bool report_unknown;
};

constexpr Marker kMarkers[] = {
    {"k8slint ignore=", "", true},
    {"hadolint ignore=", "hadolint:", false},
};

}  // namespace

bool Suppressions::Covers(const Rule& rule, uint32_t line) const {
  for (const Suppression& s : entries)
    if (line >= s.first_line && line <= s.last_line &&
        std::find(s.rules.begin(), s.rules.end(), &rule) != s.rules.end())
      return true;
  return false;
}

Suppressions ScanSuppressions(const SourceFile& source, const Registry& registry) {
  Suppressions out;
  const std::string& text = source.text();
  if (text.find("ignore=") == std::string::npos && text.find("gitleaks:allow") == std::string::npos)
    return out;
  for (uint32_t n = 1; n <= source.line_count(); ++n) {
    const std::string_view line = source.Line(n);
    if (line.find("gitleaks:allow") != std::string_view::npos) {
      auto [first, last] = Scope(source, n);
      out.entries.push_back({registry.Resolve("SE"), first, last});
    }
    for (const Marker& m : kMarkers) {
      const size_t at = line.find(m.text);
      if (at == std::string_view::npos) continue;
      auto [first, last] = Scope(source, n);
      Suppression s{{}, first, last};
      size_t pos = at + m.text.size();
      while (pos < line.size()) {
        size_t end = pos;
        while (end < line.size() && line[end] != ',' && line[end] != ' ' && line[end] != '\t' &&
               line[end] != '\r')
          ++end;
        const std::string_view token = line.substr(pos, end - pos);
        if (!token.empty()) {
          auto rules = registry.Resolve(std::string(m.alias_prefix) + std::string(token));
          if (rules.empty() && m.report_unknown) {
            const Position p = source.PositionAt(source.LineOffset(n) + pos);
            out.unknown.push_back({std::string(token),
                                   Span{p, Position{p.line, p.column + CodePointCount(token) - 1}}});
          }
          s.rules.insert(s.rules.end(), rules.begin(), rules.end());
        }
        if (end >= line.size() || line[end] != ',') break;
        pos = end + 1;
      }
      out.entries.push_back(std::move(s));
    }
  }
  return out;
}

}  // namespace k8slint
