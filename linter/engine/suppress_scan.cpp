// The comment scanner: finds k8slint's and peers' pragmas in raw lines and places
// their scopes (line, file, Dockerfile stage).
#include <cstdint>
#include <algorithm>
#include <cctype>
#include <memory>
#include <tuple>

#include "linter/core/text.h"
#include "linter/core/ascii.h"
#include "linter/models/dockerfile/model.h"
#include "linter/core/registry.h"
#include "linter/engine/suppress.h"
#include "linter/engine/suppress_pragma.h"
#include "rules/k8l/k8l007_invalid_suppression.h"

namespace k8slint {
namespace {

using pragma::Locator;
using pragma::ScopeName;

bool IsCommentOnly(std::string_view line) {
  line = Trim(line);
  return line.starts_with("#") || line.starts_with("<!--") || line.starts_with("//");
}

bool Continues(std::string_view line) {
  line = Trim(line);
  return !line.empty() && (line.back() == '\\' || line.back() == '`');
}

// Lines a line-scope pragma on `line` covers: a comment-only pragma covers the
// next code line and its continuation lines; a trailing one its own line.
std::pair<uint32_t, uint32_t> LineScope(const SourceFile& src, uint32_t line) {
  if (!IsCommentOnly(src.Line(line))) return {line, line};
  uint32_t target = line + 1;
  while (target <= src.line_count() &&
         (Trim(src.Line(target)).empty() || IsCommentOnly(src.Line(target))))
    ++target;
  uint32_t last = target;
  while (last < src.line_count() && Continues(src.Line(last))) ++last;
  return {target, last};
}

// A pragma counts only right after a comment leader that starts the line or follows
// a blank, so prose quoting one ("use `# k8slint ignore=X`") silences nothing.
bool AfterCommentLeader(std::string_view line, size_t at) {
  while (at > 0 && (line[at - 1] == ' ' || line[at - 1] == '\t')) --at;
  const std::string_view before = line.substr(0, at);
  for (std::string_view leader : {"<!--", "<#", "//", "#"}) {
    if (!before.ends_with(leader)) continue;
    const size_t start = at - leader.size();
    return start == 0 || line[start - 1] == ' ' || line[start - 1] == '\t';
  }
  return false;
}

// The 1-based line after the file's leading blank, comment and `---` lines.
uint32_t HeaderEnd(const SourceFile& src) {
  uint32_t n = 1;
  while (n <= src.line_count()) {
    const std::string_view l = Trim(src.Line(n));
    if (!l.empty() && l != "---" && !IsCommentOnly(l)) break;
    ++n;
  }
  return n;
}

// What `gitleaks:allow` silences: every secrets rule (tagged "secrets" in its metadata).
std::vector<const Rule*> SecretsRules(const Registry& registry) {
  std::vector<const Rule*> out;
  for (const auto& r : registry.rules()) {
    const std::vector<std::string_view>& tags = r->meta().tags;
    if (std::find(tags.begin(), tags.end(), "secrets") != tags.end()) out.push_back(r.get());
  }
  return out;
}

bool StartsWithFrom(std::string_view line) {
  line = Trim(line);
  if (line.size() < 5 || !IsBlank(line[4])) return false;
  return AsciiUpper(line.substr(0, 4)) == "FROM";
}

struct PeerMarker {
  std::string_view text;
  std::string_view alias_prefix;  // prepended to each token before lookup
  SuppressionScope scope;
};

constexpr PeerMarker kPeerMarkers[] = {
    {"hadolint ignore=", "hadolint:", SuppressionScope::kLine},
    {"hadolint global ignore=", "hadolint:", SuppressionScope::kFile},
};

constexpr std::string_view kOwnMarker = "k8slint ignore";

class Scanner {
 public:
  Scanner(const FileContext& file, const Registry& registry, Suppressions* out)
      : file_(file), src_(file.source()), registry_(registry), out_(out),
        header_end_(HeaderEnd(src_)) {}

  void ScanLine(uint32_t n) {
    const std::string_view line = src_.Line(n);
    if (line.find("gitleaks:allow") != std::string_view::npos) {
      Suppression s;
      s.own = false;
      std::tie(s.first_line, s.last_line) = LineScope(src_, n);
      s.targets.push_back({"gitleaks:allow", SecretsRules(registry_), Span::At(n, 1), false});
      out_->entries.push_back(std::move(s));
    }
    for (size_t at = line.find(kOwnMarker); at != std::string_view::npos;
         at = line.find(kOwnMarker, at + 1))
      if (AfterCommentLeader(line, at)) Own(n, line, at);
    for (const PeerMarker& m : kPeerMarkers)
      for (size_t at = line.find(m.text); at != std::string_view::npos;
           at = line.find(m.text, at + 1))
        if (AfterCommentLeader(line, at)) Peer(n, line, at, m);
  }

 private:
  Span MarkerSpan(uint32_t n, size_t at, size_t length) const {
    const Position p = src_.PositionAt(src_.LineOffset(n) + at);
    return Span{p, Position{p.line, p.column + static_cast<uint32_t>(length) - 1}};
  }

  void Own(uint32_t n, std::string_view line, size_t at) {
    const std::string_view rest = line.substr(at + kOwnMarker.size());
    SuppressionScope scope = SuppressionScope::kLine;
    size_t skip = 1;
    if (rest.starts_with("-file=")) {
      scope = SuppressionScope::kFile;
      skip = 6;
    } else if (rest.starts_with("-stage=")) {
      scope = SuppressionScope::kStage;
      skip = 7;
    } else if (!rest.starts_with("=")) {
      size_t end = 0;
      while (end < rest.size() && !IsBlank(rest[end]) && rest[end] != '=') ++end;
      out_->problems.push_back(
          {rules::kInvalidSuppression, MarkerSpan(n, at, kOwnMarker.size() + end),
           "unrecognised suppression 'k8slint ignore" + std::string(rest.substr(0, end)) +
               "': write ignore=, ignore-file= or ignore-stage= followed by rule ids"});
      return;
    }
    const size_t text_at = at + kOwnMarker.size() + skip;
    const Span marker = MarkerSpan(n, at, kOwnMarker.size() + skip);
    const Locator where(&src_, src_.LineOffset(n) + text_at, marker);
    Suppression s = pragma::Build(line.substr(text_at), where, marker, scope, registry_,
                                  out_->today, &out_->problems);
    if (!PlaceScope(n, marker, &s)) s.active = false;
    out_->entries.push_back(std::move(s));
  }

  // Sets the lines `s` covers; false (and a K8L007) when the scope is misplaced.
  bool PlaceScope(uint32_t n, Span marker, Suppression* s) {
    const std::string name(ScopeName(s->scope));
    switch (s->scope) {
      case SuppressionScope::kLine:
      case SuppressionScope::kRange:
        std::tie(s->first_line, s->last_line) = LineScope(src_, n);
        return true;
      case SuppressionScope::kFile:
        s->first_line = 1;
        s->last_line = static_cast<uint32_t>(src_.line_count());
        if (n < header_end_ && IsCommentOnly(src_.Line(n))) return true;
        out_->problems.push_back({rules::kInvalidSuppression, marker,
                                  name + " is honoured only in the comments at the top of the "
                                         "file, before the first line of content"});
        return false;
      case SuppressionScope::kStage: return PlaceStage(n, marker, s);
    }
    return false;
  }

  // A stage runs from its FROM to the line before the next FROM, as the Dockerfile
  // model sees it, so heredocs and continuations that mention FROM cannot end a stage
  // early.
  bool PlaceStage(uint32_t n, Span marker, Suppression* s) {
    const uint32_t target = LineScope(src_, n).first;
    const bool above_from = IsCommentOnly(src_.Line(n)) && target <= src_.line_count() &&
                            StartsWithFrom(src_.Line(target));
    if (src_.kind() != InputKind::kDockerfile || !above_from) {
      out_->problems.push_back({rules::kInvalidSuppression, marker,
                                "ignore-stage= must be in the comments directly above a "
                                "Dockerfile FROM instruction"});
      return false;
    }
    const dockerfile::Document& doc = file_.dockerfile();
    const auto& stages = doc.stages;
    for (size_t i = 0; i < stages.size(); ++i) {
      if (doc.instructions[stages[i].from].span.begin.line != target) continue;
      s->first_line = target;
      s->last_line = i + 1 < stages.size()
                         ? doc.instructions[stages[i + 1].from].span.begin.line - 1
                         : static_cast<uint32_t>(src_.line_count());
      return true;
    }
    out_->problems.push_back({rules::kInvalidSuppression, marker,
                              "ignore-stage= is above a line that does not "
                              "start a stage"});
    return false;
  }

  void Peer(uint32_t n, std::string_view line, size_t at, const PeerMarker& m) {
    Suppression s;
    s.own = false;
    s.scope = m.scope;
    if (m.scope == SuppressionScope::kFile) {
      s.first_line = 1;
      s.last_line = static_cast<uint32_t>(src_.line_count());
    } else {
      std::tie(s.first_line, s.last_line) = LineScope(src_, n);
    }
    const size_t text_at = at + m.text.size();
    for (const PragmaText::Word& w : ParsePragmaText(line.substr(text_at)).rules) {
      // Codes k8slint has no equivalent for are the peer's business: not reported.
      auto rules = registry_.Resolve(std::string(m.alias_prefix) + std::string(w.text));
      if (!rules.empty())
        s.targets.push_back({std::string(w.text), std::move(rules), Span::At(n, 1), false});
    }
    if (!s.targets.empty()) out_->entries.push_back(std::move(s));
  }

  const FileContext& file_;
  const SourceFile& src_;
  const Registry& registry_;
  Suppressions* out_;
  uint32_t header_end_;
};

}  // namespace

Suppressions ScanSuppressions(const FileContext& file, const Registry& registry, int32_t today) {
  const SourceFile& source = file.source();
  Suppressions out;
  out.today = today;
  const std::string& text = source.text();
  if (text.find("ignore") == std::string::npos && text.find("gitleaks:allow") == std::string::npos)
    return out;
  Scanner scanner(file, registry, &out);
  for (uint32_t n = 1; n <= source.line_count(); ++n) scanner.ScanLine(n);
  return out;
}

}  // namespace k8slint
