#include <algorithm>

#include "linter/core/model_limits.h"
#include "linter/models/env/model.h"

namespace k8slint::env {
namespace {

bool KeyStart(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool KeyChar(char c) { return KeyStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-'; }

class Parser {
 public:
  Parser(const SourceFile& source, File* out) : src_(source), t_(source.text()), out_(out) {}

  void Run() {
    // At most one entry per line: reserved up front, so a file of short lines never holds
    // the old and the new array at once while the vector grows (issue 13).
    out_->entries.reserve(std::min(src_.line_count(), kMaxEnvEntries));
    while (i_ < t_.size()) {
      if (out_->entries.size() == kMaxEnvEntries) {
        Error(i_, ModelLimitMessage(kMaxEnvEntries, "entries"));
        break;
      }
      Line();
    }
  }

 private:
  bool AtEol() const {
    return i_ >= t_.size() || t_[i_] == '\n' ||
           (t_[i_] == '\r' && (i_ + 1 >= t_.size() || t_[i_ + 1] == '\n'));
  }
  void SkipBlanks() {
    while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\t')) ++i_;
  }
  void SkipLine() {
    while (i_ < t_.size() && t_[i_] != '\n') ++i_;
    if (i_ < t_.size()) ++i_;
  }
  Span SpanOf(size_t begin, size_t end) const {  // [begin, end) bytes, inclusive end column
    const Position b = src_.PositionAt(begin);
    const Position e = end > begin ? src_.PositionAt(end - 1) : b;
    return Span{b, e};
  }
  void Error(size_t at, std::string message) {
    out_->errors.push_back({Span::At(src_.PositionAt(at)), std::move(message)});
    SkipLine();
  }

  void Line() {
    SkipBlanks();
    if (AtEol() || t_[i_] == '#') return SkipLine();
    Entry e;
    if (t_.compare(i_, 7, "export ") == 0 || t_.compare(i_, 7, "export\t") == 0) {
      e.exported = true;
      i_ += 7;
      SkipBlanks();
    }
    const size_t key_begin = i_;
    if (i_ >= t_.size() || !KeyStart(t_[i_])) return Error(i_, "expected a variable name");
    while (i_ < t_.size() && KeyChar(t_[i_])) ++i_;
    e.key = t_.substr(key_begin, i_ - key_begin);
    e.key_span = SpanOf(key_begin, i_);
    SkipBlanks();
    if (AtEol() || t_[i_] == '#') {  // bare KEY: inherited from the environment
      out_->entries.push_back(std::move(e));
      return SkipLine();
    }
    if (t_[i_] != '=') return Error(i_, "expected '=' after " + e.key);
    ++i_;
    SkipBlanks();
    e.has_value = true;
    const size_t raw_begin = i_;
    if (i_ < t_.size() && (t_[i_] == '\'' || t_[i_] == '"' || t_[i_] == '`')) {
      if (!Quoted(&e)) return;
    } else {
      size_t end = i_;
      while (!AtEolAt(end) &&
             !(t_[end] == '#' && end > raw_begin && (t_[end - 1] == ' ' || t_[end - 1] == '\t')))
        ++end;
      size_t trimmed = end;
      while (trimmed > raw_begin && (t_[trimmed - 1] == ' ' || t_[trimmed - 1] == '\t')) --trimmed;
      e.value = t_.substr(raw_begin, trimmed - raw_begin);
      i_ = trimmed;
    }
    e.raw = t_.substr(raw_begin, i_ - raw_begin);
    e.value_span = SpanOf(raw_begin, std::max(i_, raw_begin + 1));
    e.value_begin = src_.PositionAt(raw_begin + (e.quote ? 1 : 0));
    if (e.value.empty() && e.raw.empty()) e.value_span = Span::At(src_.PositionAt(raw_begin));
    out_->entries.push_back(std::move(e));
    SkipBlanks();
    if (!AtEol() && t_[i_] != '#')
      return Error(i_, "unexpected text after the closing quote of " + out_->entries.back().key);
    SkipLine();
  }

  bool AtEolAt(size_t j) const {
    return j >= t_.size() || t_[j] == '\n' ||
           (t_[j] == '\r' && (j + 1 >= t_.size() || t_[j + 1] == '\n'));
  }

  // A quoted value, possibly over several lines; false (and an error) when unterminated.
  bool Quoted(Entry* e) {
    const char q = t_[i_];
    const size_t open = i_++;
    e->quote = q;
    while (i_ < t_.size() && t_[i_] != q) {
      char c = t_[i_];
      if (q == '"' && c == '\\' && i_ + 1 < t_.size()) {
        const char n = t_[++i_];
        c = n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n;
        if (n != 'n' && n != 't' && n != 'r' && n != '"' && n != '\\' && n != '$') e->value += '\\';
      }
      if (c != '\r' || i_ + 1 >= t_.size() || t_[i_ + 1] != '\n') e->value += c;
      ++i_;
    }
    if (i_ >= t_.size()) {
      out_->errors.push_back({Span::At(src_.PositionAt(open)), std::string("unterminated ") +
                                                                   (q == '"'    ? "double"
                                                                    : q == '\'' ? "single"
                                                                                : "back") +
                                                                   "-quoted value of " + e->key});
      return false;
    }
    ++i_;  // the closing quote
    return true;
  }

  const SourceFile& src_;
  const std::string& t_;
  File* out_;
  size_t i_ = 0;
};

}  // namespace

bool File::IsTemplate() const {
  std::string_view base = source_->path();
  if (const size_t slash = base.find_last_of("/\\"); slash != std::string_view::npos)
    base = base.substr(slash + 1);
  std::string lower(base);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  for (std::string_view word :
       {"example", "sample", "template", "dist", "defaults", "tmpl", "tpl"}) {
    const std::string_view l(lower);
    if (l.size() > word.size() && l.ends_with(word) && l[l.size() - word.size() - 1] == '.')
      return true;
    if (l.size() > word.size() && l.starts_with(word) && l[word.size()] == '.') return true;
  }
  return false;
}

std::unique_ptr<File> Parse(const SourceFile& source) {
  auto file = std::make_unique<File>(source);
  Parser(source, file.get()).Run();
  return file;
}

}  // namespace k8slint::env
