#include "linter/core/text.h"
#include "linter/engine/suppress_pragma.h"

#include <cstdint>
#include <algorithm>

#include "linter/core/iso_date.h"
#include "linter/core/redact.h"
#include "linter/core/registry.h"
#include "rules/k8l/k8l003_unknown_suppression_target.h"
#include "rules/k8l/k8l005_expired_suppression.h"
#include "rules/k8l/k8l007_invalid_suppression.h"

namespace k8slint {
namespace {

std::string_view StripCommentCloser(std::string_view text) {
  text = Trim(text);
  for (std::string_view closer : {"-->", "#>", "*/"})
    if (text.ends_with(closer)) return Trim(text.substr(0, text.size() - closer.size()));
  return text;
}

// A reason is free text and might quote a token ("key ghp_... was revoked"): words
// that look like one (16+ characters mixing letters and digits) are redacted.
std::string ReasonForMessage(std::string_view reason) {
  std::string out;
  while (!reason.empty()) {
    const size_t end = std::min(reason.find(' '), reason.size());
    const std::string_view word = reason.substr(0, end);
    const bool digits =
        std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool letters = std::any_of(word.begin(), word.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    if (!out.empty()) out += ' ';
    out += word.size() >= 16 && digits && letters ? Redact(word) : std::string(word);
    reason.remove_prefix(std::min(end + 1, reason.size()));
  }
  return out;
}

}  // namespace

PragmaText ParsePragmaText(std::string_view text) {
  PragmaText out;
  size_t pos = 0;
  auto skip_blanks = [&] {
    while (pos < text.size() && IsBlank(text[pos])) ++pos;
  };
  auto word_end = [&](bool stop_at_comma) {
    size_t end = pos;
    while (end < text.size() && !IsBlank(text[end]) && !(stop_at_comma && text[end] == ',')) ++end;
    return end;
  };
  // Rules: comma-separated, blanks allowed around the commas.
  while (pos < text.size() && !text.substr(pos).starts_with("--")) {
    const size_t end = word_end(true);
    if (end > pos) out.rules.push_back({text.substr(pos, end - pos), pos});
    pos = end;
    skip_blanks();
    if (pos >= text.size() || text[pos] != ',') break;
    ++pos;
    skip_blanks();
  }
  // Options (`key=value` words), then the reason: after `--`, or the first other word.
  while (true) {
    skip_blanks();
    if (pos >= text.size()) break;
    if (text.substr(pos).starts_with("--")) {
      out.reason = Trim(text.substr(pos + 2));
      break;
    }
    const size_t end = word_end(false);
    const std::string_view word = text.substr(pos, end - pos);
    const size_t eq = word.find('=');
    const bool option = eq != std::string_view::npos && eq > 0 &&
                        std::all_of(word.begin(), word.begin() + static_cast<long>(eq), [](char c) {
                          return (c >= 'a' && c <= 'z') || c == '-' || c == '_';
                        });
    if (!option) {
      out.reason = Trim(text.substr(pos));
      break;
    }
    if (word.substr(0, eq) == "until" && !out.until) out.until = PragmaText::Word{word, pos};
    else out.unknown_options.push_back({word, pos});
    pos = end;
  }
  return out;
}

namespace pragma {

Span Locator::At(const PragmaText::Word& w) const {
  if (!src_) return fixed_;
  const Position p = src_->PositionAt(base_ + w.offset);
  const uint32_t width = std::max<uint32_t>(1, CodePointCount(w.text));
  return Span{p, Position{p.line, p.column + width - 1}};
}

std::string_view ScopeName(SuppressionScope scope) {
  switch (scope) {
    case SuppressionScope::kLine: return "ignore=";
    case SuppressionScope::kStage: return "ignore-stage=";
    case SuppressionScope::kFile: return "ignore-file=";
    case SuppressionScope::kRange: return "annotation";
  }
  return "";
}

Suppression Build(std::string_view text, const Locator& where, Span marker, SuppressionScope scope,
                  const Registry& registry, int32_t today,
                  std::vector<SuppressionProblem>* problems) {
  Suppression s;
  s.scope = scope;
  const PragmaText parsed = ParsePragmaText(StripCommentCloser(text));
  for (const PragmaText::Word& w : parsed.rules) {
    SuppressionTarget t{std::string(w.text), registry.Resolve(w.text), where.At(w), false};
    if (t.rules.empty())
      problems->push_back({rules::kUnknownSuppressionTarget, t.span,
                           "suppression names unknown rule '" + t.token + "'"});
    s.targets.push_back(std::move(t));
  }
  s.reason = std::string(parsed.reason);
  if (parsed.rules.empty()) {
    s.active = false;
    problems->push_back(
        {rules::kInvalidSuppression, marker, std::string(ScopeName(scope)) + " names no rules"});
  }
  for (const PragmaText::Word& w : parsed.unknown_options) {
    s.active = false;
    const std::string key(w.text.substr(0, w.text.find('=')));
    problems->push_back({rules::kInvalidSuppression, where.At(w),
                         "unknown suppression option '" + key +
                             "=' (the only option is until=YYYY-MM-DD); the suppression "
                             "silences nothing until it is fixed"});
  }
  if (parsed.until) {
    const std::string_view date = parsed.until->text.substr(parsed.until->text.find('=') + 1);
    const Span span = where.At(*parsed.until);
    if (const auto day = ParseIsoDate(date); !day) {
      s.active = false;
      problems->push_back({rules::kInvalidSuppression, span,
                           "invalid expiry date '" + std::string(date) +
                               "': expected an existing day as YYYY-MM-DD; the suppression "
                               "silences nothing until it is fixed"});
    } else {
      s.until = *day;
      if (today > *day) {
        s.active = false;
        std::string message = "suppression expired on " + std::string(date) +
                              "; the findings it silenced are reported again";
        if (!s.reason.empty()) message += " (reason given: " + ReasonForMessage(s.reason) + ")";
        problems->push_back({rules::kExpiredSuppression, span, std::move(message)});
      }
    }
  }
  return s;
}

}  // namespace pragma
}  // namespace k8slint
