// A PowerShell tokenizer for linting, not for running: it follows PowerShell's
// argument-mode rules for what these checks need (quotes, here-strings, backtick
// escapes, comments, variables, $( ), --%) and also recognises the bash constructs the
// rules look for (a lone trailing backslash, <<EOF heredocs, &> and < redirections),
// so one bash-ism does not derail the tokens after it.
#include "linter/models/ps/lexer.h"

#include <cstdint>
#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>

#include "linter/core/model_limits.h"

namespace k8slint::ps {
namespace {

// `"$("$(...)")"` nesting beyond this is read as plain text: no stack exhaustion.
constexpr int kMaxDepth = 64;
// A type literal or attribute longer than this is not one (bounded look-ahead).
constexpr uint32_t kMaxTypeLength = 4096;

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool IsVariableNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

struct PendingHeredoc {
  std::string delimiter;
  bool strip_tabs = false;
};

class Lexer {
 public:
  Lexer(std::string_view text, std::vector<Token>* tokens, std::vector<LexError>* errors)
      : t_(text), n_(static_cast<uint32_t>(text.size())), tokens_(tokens), errors_(errors),
        type_budget_(8 * uint64_t{n_} + kMaxTypeLength) {}

  void Run() { Code(false, 0); }

 private:
  char At(uint32_t i) const { return i < n_ ? t_[i] : '\0'; }

  // True when `i` is a line end: "\n", "\r\n" or the end of the text.
  bool LineEndAt(uint32_t i) const {
    return i >= n_ || t_[i] == '\n' || (t_[i] == '\r' && (i + 1 >= n_ || t_[i + 1] == '\n'));
  }
  uint32_t PastLineEnd(uint32_t i) const {
    while (i < n_ && t_[i] != '\n') ++i;
    return i < n_ ? i + 1 : n_;
  }
  uint32_t LineEnd(uint32_t i) const {
    while (i < n_ && t_[i] != '\n') ++i;
    return i;
  }

  // At the token cap the text ends here for every loop (they all run while p_ < n_), and
  // what is still open is not an error: the file was cut, not written that way. The
  // error points at the first byte left out.
  void Emit(TokenKind kind, uint32_t begin, uint32_t end, bool space, bool in_string) {
    if (capped_) return;
    tokens_->push_back(Token{kind, begin, end, space, in_string});
    if (tokens_->size() < kMaxPowerShellTokens) return;
    errors_->push_back(LexError{end, ModelLimitMessage(kMaxPowerShellTokens, "tokens")});
    capped_ = true;
    n_ = std::min(n_, p_);
  }
  // One error per block, at the outermost opener: an unterminated string or comment runs
  // to the end of the text, so an outer string around a `$( )` or a quote that the
  // runaway string left open is the same mistake again.
  void Error(uint32_t offset, std::string message) {
    if (capped_) return;
    if (errors_->empty()) errors_->push_back(LexError{offset, std::move(message)});
    else if (offset < errors_->front().offset)
      errors_->front() = LexError{offset, std::move(message)};
  }

  // Scans statements. Inside a string's $( ), returns after the ')' that closes it.
  void Code(bool in_string, int depth) {
    int parens = 0;
    bool space = true;
    while (p_ < n_) {
      const char c = t_[p_];
      const uint32_t s = p_;
      if (IsBlank(c)) {
        ++p_;
        space = true;
        continue;
      }
      if (c == '\n') {
        Emit(TokenKind::kNewline, s, ++p_, space, in_string);
        ReadHeredocBodies();
        space = true;
        continue;
      }
      if (c == '#') {
        p_ = LineEnd(p_);
        Emit(TokenKind::kComment, s, p_, space, in_string);
      } else if (c == '<' && At(p_ + 1) == '#') {
        const size_t close = t_.find("#>", p_ + 2);
        if (close == std::string_view::npos)
          Error(s, "unterminated block comment: no '#>' closes the '<#' opened here");
        p_ = close == std::string_view::npos ? n_ : static_cast<uint32_t>(close + 2);
        Emit(TokenKind::kComment, s, p_, space, in_string);
      } else if (c == '`' && LineEndAt(p_ + 1)) {
        Emit(TokenKind::kLineContinuation, s, s + 1, space, in_string);
        p_ = PastLineEnd(p_);
        space = true;
        continue;
      } else if (c == '\\' && space && LineEndAt(p_ + 1) && ContinuedBelow(p_)) {
        Emit(TokenKind::kBashContinuation, s, s + 1, space, in_string);
        p_ = PastLineEnd(p_);
        continue;
      } else if (QuoteAt(p_, '\'')) {
        SingleQuoted(space, in_string);
      } else if (QuoteAt(p_, '"')) {
        DoubleQuoted(space, in_string, depth);
      } else if (c == '@' && (At(p_ + 1) == '\'' || At(p_ + 1) == '"') && HereStringHeader()) {
        HereString(space, in_string);
      } else if (c == '@' && (At(p_ + 1) == '(' || At(p_ + 1) == '{')) {
        p_ += 2;
        Emit(TokenKind::kOpen, s, p_, space, in_string);
        if (in_string) ++parens;
      } else if (c == '@' && IsVariableNameChar(At(p_ + 1))) {
        ++p_;
        while (p_ < n_ && IsVariableNameChar(t_[p_])) ++p_;
        Emit(TokenKind::kSplat, s, p_, space, in_string);
      } else if (c == '$' && Dollar(space, in_string)) {
        if (in_string && t_.substr(s, 2) == "$(") ++parens;
      } else if (c == '(' || c == '{') {
        Emit(TokenKind::kOpen, s, ++p_, space, in_string);
        if (in_string && c == '(') ++parens;
      } else if (c == ')' || c == '}') {
        Emit(TokenKind::kClose, s, ++p_, space, in_string);
        if (in_string && c == ')' && parens-- == 0) return;
      } else if (c == ';' || c == ',' || c == '=') {
        Emit(TokenKind::kOperator, s, ++p_, space, in_string);
      } else if (c == '|' || (c == '&' && At(p_ + 1) == '&')) {
        p_ += At(p_ + 1) == c ? 2 : 1;
        Emit(TokenKind::kOperator, s, p_, space, in_string);
      } else if (c == '&' && At(p_ + 1) == '>') {
        p_ += At(p_ + 2) == '>' ? 3 : 2;
        Emit(TokenKind::kRedirection, s, p_, space, in_string);
      } else if (c == '&') {
        Emit(TokenKind::kOperator, s, ++p_, space, in_string);
      } else if (c == '>' ||
                 ((std::isdigit(static_cast<unsigned char>(c)) || c == '*') && At(p_ + 1) == '>')) {
        Redirection(space, in_string);
      } else if (c == '<') {
        LessThan(space, in_string);
      } else if (std::strchr("+-*/", c) && At(p_ + 1) == '=' &&
                 (IsBlank(At(p_ + 2)) || At(p_ + 2) == '"' || At(p_ + 2) == '\'' ||
                  At(p_ + 2) == '$')) {
        p_ += 2;
        Emit(TokenKind::kOperator, s, p_, space, in_string);
      } else if (c == '-' && t_.substr(p_, 3) == "--%") {
        p_ = LineEnd(p_);
        if (p_ > s && t_[p_ - 1] == '\r') --p_;
        Emit(TokenKind::kStopParsing, s, p_, space, in_string);
      } else if (const uint32_t type_end =
                     c == '[' && ExpressionStart(space) ? TypeLiteralEnd(p_) : 0) {
        p_ = type_end;
        Emit(TokenKind::kType, s, p_, space, in_string);
      } else {
        Word(space, in_string);
      }
      space = false;
    }
  }

  // A lone `\` at `i` ends a bash line that goes on below: the next line is indented or
  // starts with a flag. `Set-Location \` followed by a command of its own is a path.
  bool ContinuedBelow(uint32_t i) const {
    const uint32_t next = PastLineEnd(i);
    return next < n_ && (IsBlank(t_[next]) || t_[next] == '-');
  }

  // Where PowerShell reads `[` as the start of a type literal or attribute: a new word
  // (not an index glued to `$a` or `)`), after an operator, an opening bracket, a line
  // start or another type (`[Parameter()][string]$Name`).
  bool ExpressionStart(bool space) const {
    if (space || tokens_->empty()) return true;
    const TokenKind k = tokens_->back().kind;
    return k == TokenKind::kOpen || k == TokenKind::kOperator || k == TokenKind::kNewline ||
           k == TokenKind::kType;
  }

  // One past the ']' of a type literal at `i` (`[string]`, `[System.Exception]`,
  // `[List[string]]`, `[string[]]`, `[Dictionary[string, int]]`) or of an attribute
  // (`[Parameter(Mandatory=$true, Position=0)]`); 0 when `[` starts something else,
  // such as a bash test `[ -f x ]` or a syntax diagram's `[[-Path] <string[]>]`.
  uint32_t TypeLiteralEnd(uint32_t i) {
    uint32_t q = i + 1;
    if (!(std::isalpha(static_cast<unsigned char>(At(q))) || At(q) == '_')) return 0;
    // Failed look-aheads (`[a[ [a[ [a[ ...` on one long line) share a budget linear in
    // the text, so no input makes the tokenizer quadratic.
    if (type_budget_ == 0) return 0;
    const uint32_t limit = static_cast<uint32_t>(
        std::min<uint64_t>({n_, uint64_t{i} + kMaxTypeLength, uint64_t{i} + type_budget_}));
    uint32_t reached = q;
    const uint32_t end = TypeLiteralScan(q, limit, &reached);
    if (end == 0) type_budget_ -= std::min<uint64_t>(type_budget_, reached - i);
    return end;
  }

  // The scan behind TypeLiteralEnd; `reached`: how far it read.
  uint32_t TypeLiteralScan(uint32_t q, uint32_t limit, uint32_t* reached) const {
    int depth = 1;
    for (; q < limit; *reached = q) {
      const char ch = t_[q];
      if (ch == ']') {
        ++q;
        if (--depth == 0) return q;
      } else if (ch == '[') {
        ++depth;
        ++q;
      } else if (ch == '(' && depth == 1) {
        *reached = limit;  // AttributeArgumentsEnd may read up to the limit
        q = AttributeArgumentsEnd(q, limit);
        while (q > 0 && q < limit && IsBlank(t_[q])) ++q;
        return q > 0 && At(q) == ']' ? q + 1 : 0;
      } else if (IsVariableNameChar(ch) || ch == '.' || ch == '`' || ch == '+' ||
                 (depth > 1 && (ch == ',' || ch == ' '))) {
        ++q;
      } else {
        return 0;
      }
    }
    return 0;
  }

  // One past the ')' closing the '(' at `i`, skipping quoted strings; 0 when unclosed.
  uint32_t AttributeArgumentsEnd(uint32_t i, uint32_t limit) const {
    int depth = 0;
    for (uint32_t q = i; q < limit; ++q) {
      const char ch = t_[q];
      if (ch == '(') {
        ++depth;
      } else if (ch == ')') {
        if (--depth == 0) return q + 1;
      } else if (ch == '\'') {
        for (++q; q < limit && !(t_[q] == '\'' && At(q + 1) != '\''); q += t_[q] == '\'' ? 2 : 1) {
        }
      } else if (ch == '"') {
        for (++q; q < limit && t_[q] != '"'; q += t_[q] == '`' ? 2 : 1) {
        }
      }
    }
    return 0;
  }

  void Word(bool space, bool in_string) {
    const uint32_t s = p_;
    while (p_ < n_) {
      const char c = t_[p_];
      if (IsBlank(c) || c == '\n') break;
      if (c == '`') {
        if (LineEndAt(p_ + 1)) break;
        p_ += 2;
        // A backtick escapes one character, which may be multi-byte UTF-8.
        while (p_ < n_ && (static_cast<unsigned char>(t_[p_]) & 0xC0) == 0x80) ++p_;
        continue;
      }
      if (std::strchr(";|&(){}'\"<>", c) || QuoteAt(p_, '\'') || QuoteAt(p_, '"')) break;
      if (c == '$' && p_ > s && (IsVariableNameChar(At(p_ + 1)) || std::strchr("{(?", At(p_ + 1))))
        break;
      // A hashtable key's value is an expression: `b=@{c=2}` and
      // `Inner=[pscustomobject]@{K='v'}` open a nested hashtable, while `stash@{0}` is an
      // argument followed by a script block.
      if (c == '@' && p_ > s && (At(p_ + 1) == '{' || At(p_ + 1) == '(') &&
          (t_[p_ - 1] == '=' || t_[p_ - 1] == ']'))
        break;
      ++p_;
    }
    if (p_ == s) ++p_;  // always make progress
    if (p_ > n_) p_ = n_;
    Emit(TokenKind::kWord, s, p_, space, in_string);
  }

  // $(, ${name}, $name, $scope:name, $?, $$, $^. False when `$` starts none of them.
  bool Dollar(bool space, bool in_string) {
    const uint32_t s = p_;
    const char next = At(p_ + 1);
    if (next == '(') {
      p_ += 2;
      Emit(TokenKind::kOpen, s, p_, space, in_string);
      return true;
    }
    if (next == '{') {
      uint32_t q = p_ + 2;
      while (q < n_ && t_[q] != '}' && t_[q] != '\n') q += t_[q] == '`' ? 2 : 1;
      p_ = q < n_ && t_[q] == '}' ? q + 1 : std::min(q, n_);
      Emit(TokenKind::kVariable, s, p_, space, in_string);
      return true;
    }
    if (IsVariableNameChar(next)) {
      uint32_t q = p_ + 1;
      while (q < n_ && IsVariableNameChar(t_[q])) ++q;
      if (At(q) == ':' && IsVariableNameChar(At(q + 1))) {
        ++q;
        while (q < n_ && IsVariableNameChar(t_[q])) ++q;
      }
      p_ = q;
      Emit(TokenKind::kVariable, s, p_, space, in_string);
      return true;
    }
    if (next == '?' || next == '$' || next == '^') {
      p_ += 2;
      Emit(TokenKind::kVariable, s, p_, space, in_string);
      return true;
    }
    return false;
  }

  // Length of a quote of `kind` (' or ") at `i`: 1, or 3 for the typographic quotes
  // PowerShell accepts as the same (‘ ’ ‚ ‛ and “ ” „, which docs pasted from a word
  // processor contain); 0 when there is none.
  uint32_t QuoteAt(uint32_t i, char kind) const {
    if (At(i) == kind) return 1;
    if (static_cast<unsigned char>(At(i)) != 0xE2 || static_cast<unsigned char>(At(i + 1)) != 0x80)
      return 0;
    const unsigned char third = static_cast<unsigned char>(At(i + 2));
    if (kind == '\'') return third >= 0x98 && third <= 0x9B ? 3 : 0;
    return third >= 0x9C && third <= 0x9E ? 3 : 0;
  }

  void SingleQuoted(bool space, bool in_string) {
    const uint32_t s = p_;
    p_ += QuoteAt(p_, '\'');
    while (p_ < n_) {
      if (const uint32_t q = QuoteAt(p_, '\'')) {
        if (const uint32_t doubled = QuoteAt(p_ + q, '\'')) {
          p_ += q + doubled;
          continue;
        }
        p_ += q;
        Emit(TokenKind::kString, s, p_, space, in_string);
        return;
      }
      ++p_;
    }
    Error(s, "unterminated string: no ' closes the ' opened here");
    Emit(TokenKind::kString, s, n_, space, in_string);
  }

  void DoubleQuoted(bool space, bool in_string, int depth) {
    const uint32_t s = p_;
    p_ += QuoteAt(p_, '"');
    const size_t index = tokens_->size();
    Emit(TokenKind::kExpandableString, s, n_, space, in_string);
    while (p_ < n_) {
      const char c = t_[p_];
      if (c == '`') {
        p_ += 2;
        continue;
      }
      if (const uint32_t q = QuoteAt(p_, '"')) {
        if (const uint32_t doubled = QuoteAt(p_ + q, '"')) {
          p_ += q + doubled;
          continue;
        }
        p_ += q;
        (*tokens_)[index].end = p_;
        return;
      }
      if (c == '$' && At(p_ + 1) == '(' && depth < kMaxDepth) {
        Emit(TokenKind::kOpen, p_, p_ + 2, false, true);
        p_ += 2;
        Code(true, depth + 1);
        continue;
      }
      if (c == '$' && At(p_ + 1) != '(' && Dollar(false, true)) continue;
      ++p_;
    }
    p_ = n_;
    Error(s, "unterminated string: no \" closes the \" opened here");
  }

  // `@'` or `@"` followed only by blanks up to the line end.
  bool HereStringHeader() const {
    uint32_t q = p_ + 2;
    while (q < n_ && IsBlank(t_[q]) && t_[q] != '\r') ++q;
    return LineEndAt(q);
  }

  void HereString(bool space, bool in_string) {
    const uint32_t s = p_;
    const char quote = t_[p_ + 1];
    const size_t index = tokens_->size();
    Emit(TokenKind::kHereString, s, n_, space, in_string);
    p_ = PastLineEnd(p_);
    while (p_ < n_) {
      if (t_[p_] == quote && At(p_ + 1) == '@') {
        p_ += 2;
        (*tokens_)[index].end = p_;
        return;
      }
      const uint32_t eol = LineEnd(p_);
      while (quote == '"' && p_ < eol) {
        if (t_[p_] == '`') {
          p_ += 2;
          continue;
        }
        if (t_[p_] == '$' && At(p_ + 1) != '(' && Dollar(false, true)) continue;
        ++p_;
      }
      p_ = PastLineEnd(eol);
    }
    Error(s, std::string("unterminated here-string: no line starting with ") + quote +
                 "@ closes the @" + quote + " opened here");
  }

  // > >> 2> 2>> 2>&1 *> >&2
  void Redirection(bool space, bool in_string) {
    const uint32_t s = p_;
    if (t_[p_] != '>') ++p_;
    ++p_;
    if (At(p_) == '>') ++p_;
    if (At(p_) == '&' && std::isdigit(static_cast<unsigned char>(At(p_ + 1)))) p_ += 2;
    Emit(TokenKind::kRedirection, s, p_, space, in_string);
  }

  // A documentation placeholder `<pod-name>`, `<resource group>`, `<string[]>`,
  // `<C:\path>`: a name in angle brackets on one line. One past its '>', or 0.
  uint32_t PlaceholderEnd(uint32_t i) const {
    uint32_t q = i + 1;
    if (!IsVariableNameChar(At(q))) return 0;
    while (q < n_ &&
           (IsVariableNameChar(t_[q]) || (t_[q] != '\0' && std::strchr("-.:/\\[] @*,=+#%", t_[q]))))
      ++q;
    return At(q) == '>' && t_[q - 1] != ' ' ? q + 1 : 0;
  }

  // <, <<<, a bash heredoc <<EOF / <<-'EOF', or a documentation placeholder.
  void LessThan(bool space, bool in_string) {
    const uint32_t s = p_;
    if (const uint32_t end = PlaceholderEnd(p_)) {
      p_ = end;
      Emit(TokenKind::kPlaceholder, s, p_, space, in_string);
      return;
    }
    if (At(p_ + 1) != '<') {
      Emit(TokenKind::kRedirection, s, ++p_, space, in_string);
      return;
    }
    if (At(p_ + 2) == '<') {
      p_ += 3;
      Emit(TokenKind::kRedirection, s, p_, space, in_string);
      return;
    }
    uint32_t q = p_ + 2;
    PendingHeredoc h;
    if (At(q) == '-') {
      h.strip_tabs = true;
      ++q;
    }
    while (q < n_ && IsBlank(t_[q]) && t_[q] != '\r') ++q;
    const char quote = At(q) == '\'' || At(q) == '"' ? t_[q] : '\0';
    if (quote) ++q;
    const uint32_t name = q;
    while (q < n_ && (IsVariableNameChar(t_[q]) || t_[q] == '-' || t_[q] == '.')) ++q;
    if (q == name) {
      p_ += 2;
      Emit(TokenKind::kRedirection, s, p_, space, in_string);
      return;
    }
    h.delimiter = std::string(t_.substr(name, q - name));
    if (quote && At(q) == quote) ++q;
    p_ = q;
    Emit(TokenKind::kBashHeredoc, s, p_, space, in_string);
    pending_.push_back(std::move(h));
  }

  // After a newline: skips the bodies of the heredocs opened on the line before.
  void ReadHeredocBodies() {
    for (const PendingHeredoc& h : pending_) {
      while (p_ < n_) {
        const uint32_t eol = LineEnd(p_);
        std::string_view line = t_.substr(p_, eol - p_);
        while (!line.empty() && IsBlank(line.back())) line.remove_suffix(1);
        while (!line.empty() && (line.front() == '\t' || (h.strip_tabs && line.front() == ' ')))
          line.remove_prefix(1);
        p_ = PastLineEnd(eol);
        if (line == h.delimiter) break;
      }
    }
    pending_.clear();
  }

  std::string_view t_;
  uint32_t n_;
  bool capped_ = false;
  uint32_t p_ = 0;
  std::vector<Token>* tokens_;
  std::vector<LexError>* errors_;
  std::vector<PendingHeredoc> pending_;
  uint64_t type_budget_;  // TypeLiteralEnd
};

}  // namespace

void Tokenize(std::string_view text, std::vector<Token>* tokens, std::vector<LexError>* errors) {
  Lexer(text, tokens, errors).Run();
}

}  // namespace k8slint::ps
