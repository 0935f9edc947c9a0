// Groups tokens into simple commands. Groups ( ), $( ), @( ), { } and @{ } are one word
// of the command around them and their contents are commands of their own, so
// `kubectl logs $(kubectl get pod -o name)` yields two commands.
#include <algorithm>
#include <cctype>

#include "linter/models/ps/lexer.h"

namespace k8slint::ps {
namespace {

bool IsSeparator(std::string_view op) { return op == ";" || op == "|" || op == "||" || op == "&&"; }

struct Frame {
  Command cmd;
  std::string_view open;   // "" for the top level
  long parent_word = -1;   // index of the word of the enclosing command holding the group
  bool skip_word = false;  // the next word is a redirection target
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

  void Push(size_t i) {
    const Token& t = tokens_[i];
    Frame* parent = &frames_.back();
    Frame f;
    f.open = TextOf(t);
    f.cmd.separator = f.open;
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
        if (t.in_string) return;  // part of the string word around it
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
