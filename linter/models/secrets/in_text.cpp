#include "linter/models/secrets/in_text.h"

#include "linter/models/secrets/values.h"

namespace k8slint::secrets {
namespace {

bool IsKeyNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.';
}
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The value starting at `i`: quoted up to its closing quote, else up to a blank, a
// quote or a closing bracket. Empty when there is none.
std::pair<size_t, size_t> ValueAt(std::string_view text, size_t i) {
  if (i >= text.size()) return {i, i};
  const char q = text[i];
  if (q == '"' || q == '\'' || q == '`') {
    const size_t end = text.find(q, i + 1);
    if (end == std::string_view::npos) return {i + 1, text.size()};
    return {i + 1, end};
  }
  size_t end = i;
  while (end < text.size() && !IsSpace(text[end]) && text[end] != '"' && text[end] != '\'' &&
         text[end] != ',' && text[end] != ';' && text[end] != ')' && text[end] != ']' &&
         text[end] != '}')
    ++end;
  return {i, end};
}

// `sha256:`, `sha512:`, ... at `i`: the algorithm of an OCI digest.
bool IsDigestAt(std::string_view text, size_t i) {
  if (text.substr(i, 3) != "sha") return false;
  size_t j = i + 3;
  while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
  return j > i + 3 && j < text.size() && text[j] == ':';
}

// A cheap test before IsSecretKeyName, which splits the name into words: whether it
// holds one of the words every secret name has (case-insensitively).
bool MaySoundSecret(std::string_view name) {
  if (name.size() < 3) return false;
  for (size_t i = 0; i + 3 <= name.size(); ++i) {
    for (std::string_view w : kSecretWords) {
      if (i + w.size() > name.size()) continue;
      size_t k = 0;
      while (k < w.size() && (name[i + k] | 0x20) == w[k]) ++k;
      if (k == w.size()) return true;
    }
  }
  return false;
}

void AddIfSecret(std::string_view text, std::pair<size_t, size_t> v, ByteRanges* out) {
  const std::string_view value = text.substr(v.first, v.second - v.first);
  if (!value.empty() && LooksLikeSecretValue(value)) out->push_back(v);
}

}  // namespace

void FindSecretAssignments(std::string_view text, ByteRanges* out) {
  for (size_t i = 0; i < text.size();) {
    if (!IsKeyNameChar(text[i])) {
      ++i;
      continue;
    }
    const size_t begin = i;
    while (i < text.size() && IsKeyNameChar(text[i])) ++i;
    std::string_view name = text.substr(begin, i - begin);
    // -Password x, --token=x: the dashes belong to the option, not to the name.
    const size_t dashes = name.find_first_not_of('-');
    const bool option = dashes > 0 || (begin > 0 && text[begin - 1] == '-');
    name = dashes == std::string_view::npos ? std::string_view() : name.substr(dashes);
    size_t j = i;
    if (j < text.size() && (text[j] == '"' || text[j] == '\'')) ++j;  // "key": value
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
    // <password>value</password>: the element's text is its value.
    if (j < text.size() && text[j] == '>' && begin > 0 && text[begin - 1] == '<' &&
        MaySoundSecret(name) && IsSecretKeyName(name)) {
      const size_t close = text.find('<', j + 1);
      if (close != std::string_view::npos) AddIfSecret(text, {j + 1, close}, out);
      continue;
    }
    // x := "v" (Go, Makefile), X ?= v (Makefile): the same as `=`.
    if (j + 1 < text.size() && (text[j] == ':' || text[j] == '?') && text[j + 1] == '=') ++j;
    const bool sep = j < text.size() && (text[j] == '=' || text[j] == ':');
    if (sep && j + 1 < text.size() && text[j + 1] == '/') continue;  // scheme://
    if (sep && text[j] == ':' && j + 1 < text.size() && text[j + 1] != ' ' && text[j + 1] != '\t' &&
        text[j + 1] != '"' && text[j + 1] != '\'') {
      // `user:password@host` (an image, a URL without its scheme, `curl -u`).
      // An image's `name:tag@sha256:...` is a digest, not a host.
      const auto v = ValueAt(text, j + 1);
      const size_t at = text.substr(0, v.second).find('@', j + 1);
      if (at != std::string_view::npos && !IsDigestAt(text, at + 1))
        AddIfSecret(text, {j + 1, at}, out);
    }
    if (!MaySoundSecret(name) || !IsSecretKeyName(name)) continue;
    if (sep) {
      ++j;
      while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
    } else if (!option || j == i) {
      continue;
    }
    AddIfSecret(text, ValueAt(text, j), out);
  }
}

void FindRandomWords(std::string_view text, ByteRanges* out) {
  const auto word_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '=' || c == '_';
  };
  for (size_t i = 0; i < text.size();) {
    if (!word_char(text[i])) {
      ++i;
      continue;
    }
    const size_t begin = i;
    while (i < text.size() && word_char(text[i])) ++i;
    const std::string_view word = text.substr(begin, i - begin);
    if (word.size() >= 20 && CharClasses(word) >= 3 && Entropy(word) >= 3.5)
      out->emplace_back(begin, i);
  }
}

bool MayHoldDetectedSecret(std::string_view text) {
  if (text.find("://") != std::string_view::npos) return true;
  size_t run = 0;
  for (char c : text) {
    const bool token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '_' || c == '-' || c == '+' || c == '/' || c == '=' || c == '.';
    run = token ? run + 1 : 0;
    if (run >= 16) return true;
  }
  return false;
}

void TextSecretFinder::Find(std::string_view text, ByteRanges* out) const {
  ScanResult scan;
  if (MayHoldDetectedSecret(text)) scanner_.Scan(text, &scan);
  for (const SecretMatch& m : scan.matches) out->emplace_back(m.begin, m.end);
  FindSecretAssignments(text, out);
  if (random_words_) FindRandomWords(text, out);
}

}  // namespace k8slint::secrets
