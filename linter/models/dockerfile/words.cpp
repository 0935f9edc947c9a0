#include "linter/models/dockerfile/words.h"

#include <cctype>

namespace k8slint::dockerfile {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

}  // namespace

std::vector<Word> SplitWords(std::string_view text, char escape) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    if (i >= text.size()) break;
    Word w;
    w.begin = i;
    char quote = 0;
    for (; i < text.size(); ++i) {
      const char c = text[i];
      if (!quote && IsSpace(c)) break;
      if (c == escape && quote != '\'' && i + 1 < text.size()) {
        w.value += text[++i];
        continue;
      }
      if (!quote && (c == '"' || c == '\'')) {
        quote = c;
      } else if (quote && c == quote) {
        quote = 0;
      } else {
        w.value += c;
      }
    }
    w.end = i;
    words.push_back(std::move(w));
  }
  return words;
}

std::string Expand(std::string_view text, char escape, const VarLookup& lookup) {
  std::string out;
  out.reserve(text.size());
  bool single = false, dbl = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == escape && !single && i + 1 < text.size()) {
      if (text[i + 1] == '$') {
        out += '$';
        ++i;
        continue;
      }
      out += c;
      out += text[++i];
      continue;
    }
    if (c == '\'' && !dbl) single = !single;
    if (c == '"' && !single) dbl = !dbl;
    if (c != '$' || single || i + 1 >= text.size()) {
      out += c;
      continue;
    }
    const size_t start = i;
    if (text[i + 1] == '{') {
      const size_t close = text.find('}', i + 2);
      if (close == std::string_view::npos) {
        out += c;
        continue;
      }
      const std::string_view inner = text.substr(i + 2, close - i - 2);
      size_t n = 0;
      while (n < inner.size() && IsNameChar(inner[n])) ++n;
      const std::string name(inner.substr(0, n));
      std::string_view op = inner.substr(n);
      const std::optional<std::string> value = lookup(name);
      i = close;
      if (op.empty()) {
        out += value ? *value : std::string(text.substr(start, close - start + 1));
      } else if (op.starts_with(":-") || op.starts_with("-")) {
        const std::string_view word = op.substr(op[0] == ':' ? 2 : 1);
        const bool use_value = value && (op[0] != ':' || !value->empty());
        out += use_value ? *value : Expand(word, escape, lookup);
      } else if (op.starts_with(":+") || op.starts_with("+")) {
        const std::string_view word = op.substr(op[0] == ':' ? 2 : 1);
        const bool set = value && (op[0] != ':' || !value->empty());
        if (set) out += Expand(word, escape, lookup);
      } else {
        out += text.substr(start, close - start + 1);  // unsupported operator: keep
      }
      continue;
    }
    size_t n = i + 1;
    while (n < text.size() && IsNameChar(text[n])) ++n;
    if (n == i + 1) {
      out += c;
      continue;
    }
    const std::string name(text.substr(i + 1, n - i - 1));
    const std::optional<std::string> value = lookup(name);
    out += value ? *value : std::string(text.substr(i, n - i));
    i = n - 1;
  }
  return out;
}

std::vector<RawCommand> SplitShell(std::string_view s) {
  std::vector<RawCommand> commands(1);
  ShellWord word;
  bool in_word = false;
  auto end_word = [&] {
    if (in_word) commands.back().words.push_back(std::move(word));
    word = ShellWord{};
    in_word = false;
  };
  auto start = [&](size_t at) {
    if (!in_word) {
      in_word = true;
      word.offset = at;
    }
  };
  auto separate = [&](std::string sep) {
    end_word();
    RawCommand& cur = commands.back();
    if (!cur.words.empty()) {
      commands.push_back(RawCommand{{}, std::move(sep)});
    } else if (sep != "\n" && commands.size() > 1) {
      cur.separator = std::move(sep);
    }
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\\' && i + 1 < s.size()) {
      if (s[i + 1] == '\n') {
        ++i;
        end_word();
        continue;
      }
      start(i);
      word.value += s[++i];
    } else if (c == '\'' || c == '"') {
      start(i);
      const size_t close = s.find(c, i + 1);
      const size_t stop = close == std::string_view::npos ? s.size() : close;
      word.value.append(s.substr(i + 1, stop - i - 1));
      i = stop;
    } else if (c == '$' && i + 1 < s.size() && s[i + 1] == '(') {
      start(i);
      int depth = 0;
      size_t j = i;
      for (; j < s.size(); ++j) {
        if (s[j] == '(') ++depth;
        if (s[j] == ')' && --depth == 0) break;
      }
      word.value.append(s.substr(i, std::min(j, s.size() - 1) - i + 1));
      i = j;
    } else if (c == '`') {
      start(i);
      const size_t close = s.find('`', i + 1);
      const size_t stop = close == std::string_view::npos ? s.size() - 1 : close;
      word.value.append(s.substr(i, stop - i + 1));
      i = stop;
    } else if (c == '#' && !in_word) {
      while (i + 1 < s.size() && s[i + 1] != '\n') ++i;
    } else if (c == '&' && i + 1 < s.size() && s[i + 1] == '&') {
      separate("&&");
      ++i;
    } else if (c == '|' && i + 1 < s.size() && s[i + 1] == '|') {
      separate("||");
      ++i;
    } else if (c == ';' || c == '\n' || c == '|' || c == '&') {
      if (c == '&' && in_word && !word.value.empty() && word.value.back() == '>') {
        word.value += c;  // 2>&1
        continue;
      }
      if (c == '&' && i + 1 < s.size() && s[i + 1] == '>') {
        start(i);
        word.value += c;
        continue;
      }
      separate(std::string(1, c));
    } else if (c == ' ' || c == '\t' || c == '\r') {
      end_word();
    } else {
      start(i);
      word.value += c;
    }
  }
  end_word();
  std::vector<RawCommand> out;
  for (auto& cmd : commands)
    if (!cmd.words.empty()) out.push_back(std::move(cmd));
  return out;
}

}  // namespace k8slint::dockerfile
