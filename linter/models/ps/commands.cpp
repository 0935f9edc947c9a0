// Groups tokens into simple commands. Groups ( ), $( ), @( ), { } and @{ } are one word
// of the command around them and their contents are commands of their own, so
// `kubectl logs $(kubectl get pod -o name)` yields two commands.
#include <algorithm>
#include <cctype>

#include "linter/core/ascii.h"
#include "linter/models/ps/lexer.h"
#include "linter/models/ps/platform.h"

namespace k8slint::ps {
namespace {

bool IsSeparator(std::string_view op) { return op == ";" || op == "|" || op == "||" || op == "&&"; }

struct Frame {
  Command cmd;
  std::string_view open;       // "" for the top level
  long parent_word = -1;       // index of the word of the enclosing command holding the group
  bool skip_word = false;      // the next word is a redirection target
  bool non_windows = false;    // a block that never runs on Windows (platform.h)
  bool windows_taken = false;  // an if/elseif of the current chain is true on Windows
};

class Builder {
 public:
  Builder(std::string_view text, const std::vector<Token>& tokens) : text_(text), tokens_(tokens) {
    frames_.push_back(Frame{});
  }

  std::vector<Command> Run() {
    for (size_t i = 0; i < tokens_.size(); ++i) Step(i);
    while (frames_.size() > 1) Pop(tokens_.empty() ? 0 : tokens_.size() - 1, false);
    Finish(&frames_.back(), "");
    std::stable_sort(out_.begin(), out_.end(),
                     [](const Command& a, const Command& b) { return a.begin < b.begin; });
    return std::move(out_);
  }

 private:
  std::string_view TextOf(const Token& t) const { return text_.substr(t.begin, t.end - t.begin); }

  void Finish(Frame* f, std::string_view next_separator) {
    Command& c = f->cmd;
    if (!c.words.empty() || !c.redirections.empty()) {
      c.in_hashtable = f->open == "@{";
      c.non_windows = f->non_windows;
      out_.push_back(c);
    }
    c = Command{};
    c.separator = next_separator;
    f->skip_word = false;
  }

  void AddWord(Frame* f, size_t i) {
    const Token& t = tokens_[i];
    Command& c = f->cmd;
    if (c.words.empty() && c.redirections.empty()) c.begin = t.begin;
    c.end = t.end;
    // A redirection target: the first word after the operator and tokens glued to it.
    if (f->skip_word) {
      if (i > 0 && tokens_[i - 1].kind == TokenKind::kRedirection) return;
      if (!t.space_before && i > 0 && tokens_[i - 1].end == t.begin) return;
      f->skip_word = false;
    }
    if (!c.words.empty() && c.words.back().end == t.begin && !t.space_before) {
      c.words.back().last_token = i;
      c.words.back().end = t.end;
      return;
    }
    c.words.push_back(Word{i, i, t.begin, t.end});
  }

  // Index of the token before `i` on the same statement, skipping comments, newlines and
  // line continuations (`if ($x)` may put its `{` on the next line); -1 when none.
  long Before(size_t i) const {
    long j = static_cast<long>(i) - 1;
    while (j >= 0 &&
           (tokens_[j].kind == TokenKind::kNewline || tokens_[j].kind == TokenKind::kComment ||
            tokens_[j].kind == TokenKind::kLineContinuation))
      --j;
    return j;
  }

  // Whether the block opened by the `{` at `i` never runs on Windows: the branch of an
  // if/elseif/else chain whose condition rules Windows out. Updates the chain state of
  // `parent`, the frame holding the chain.
  bool BranchNeverOnWindows(size_t i, Frame* parent) const {
    const long before = Before(i);
    if (before < 0) return false;
    const Token& b = tokens_[before];
    if (b.kind == TokenKind::kWord && AsciiLower(TextOf(b)) == "else") return parent->windows_taken;
    if (b.kind != TokenKind::kClose || TextOf(b) != ")") return false;
    long open = before;
    for (int depth = 0; open >= 0; --open) {
      if (tokens_[open].kind == TokenKind::kClose) ++depth;
      if (tokens_[open].kind == TokenKind::kOpen && --depth == 0) break;
    }
    if (open <= 0 || TextOf(tokens_[open]) != "(") return false;
    const Token& kw = tokens_[open - 1];
    const std::string keyword = AsciiLower(TextOf(kw));
    if (kw.kind != TokenKind::kWord || (keyword != "if" && keyword != "elseif")) return false;
    const std::string_view cond =
        text_.substr(tokens_[open].end, tokens_[before].begin - tokens_[open].end);
    const bool never = (keyword == "elseif" && parent->windows_taken) || NeverOnWindows(cond);
    parent->windows_taken = (keyword == "elseif" && parent->windows_taken) || AlwaysOnWindows(cond);
    return never;
  }

  void Push(size_t i) {
    const Token& t = tokens_[i];
    Frame* parent = &frames_.back();
    Frame f;
    f.open = TextOf(t);
    f.cmd.separator = f.open;
    f.non_windows = parent->non_windows || (f.open == "{" && BranchNeverOnWindows(i, parent));
    // A $( ) inside "..." lies within the string's word already.
    const std::vector<Word>& words = parent->cmd.words;
    const bool inside =
        !words.empty() && words.back().begin <= t.begin && t.begin < words.back().end;
    if (!inside) {
      AddWord(parent, i);
      if (!words.empty() && words.back().end == t.end)
        f.parent_word = static_cast<long>(words.size()) - 1;
    }
    frames_.push_back(std::move(f));
  }

  void Pop(size_t i, bool extend) {
    Finish(&frames_.back(), "");
    const long word = frames_.back().parent_word;
    frames_.pop_back();
    Command& c = frames_.back().cmd;
    if (extend && word >= 0 && static_cast<size_t>(word) < c.words.size()) {
      c.words[word].last_token = i;
      c.words[word].end = tokens_[i].end;
      c.end = tokens_[i].end;
    }
  }

  void Step(size_t i) {
    const Token& t = tokens_[i];
    Frame* f = &frames_.back();
    switch (t.kind) {
      case TokenKind::kComment:
      case TokenKind::kLineContinuation:
      case TokenKind::kBashContinuation: return;
      case TokenKind::kNewline: Finish(f, "\n"); return;
      case TokenKind::kOpen: Push(i); return;
      case TokenKind::kClose:
        if (frames_.size() > 1) Pop(i, true);
        return;
      case TokenKind::kRedirection:
      case TokenKind::kBashHeredoc:
        if (f->cmd.words.empty() && f->cmd.redirections.empty()) f->cmd.begin = t.begin;
        f->cmd.redirections.push_back(i);
        f->cmd.end = t.end;
        // `2>&1` and `>&2` carry their target; heredoc bodies were skipped by the lexer.
        f->skip_word = t.kind == TokenKind::kRedirection &&
                       !std::isdigit(static_cast<unsigned char>(text_[t.end - 1]));
        return;
      case TokenKind::kOperator: {
        const std::string_view op = TextOf(t);
        if (IsSeparator(op)) {
          Finish(f, op);
          return;
        }
        if (op == "&" && f->cmd.words.empty()) {
          f->cmd.call_operator = true;
          return;
        }
        if (op == "&") {
          Finish(f, op);
          return;
        }
        AddWord(f, i);
        return;
      }
      case TokenKind::kVariable:
        // A `$name` of "..." is part of the string's word; the code of a `$( )` inside the
        // string (`"$($pods[$i].name)"`) has its own words.
        if (t.in_string && !f->cmd.words.empty() && f->cmd.words.back().begin <= t.begin &&
            t.begin < f->cmd.words.back().end)
          return;
        AddWord(f, i);
        return;
      default: AddWord(f, i); return;
    }
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  std::vector<Frame> frames_;
  std::vector<Command> out_;
};

}  // namespace

std::vector<Command> BuildCommands(std::string_view text, const std::vector<Token>& tokens) {
  return Builder(text, tokens).Run();
}

}  // namespace k8slint::ps
