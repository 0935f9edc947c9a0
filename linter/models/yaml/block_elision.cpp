#include "linter/models/yaml/block_elision.h"

#include <algorithm>

namespace k8slint::yaml {
namespace {

struct Line {
  std::string_view text;  // without its line break
  size_t begin = 0;       // offset of its first byte
  size_t end = 0;         // offset of its `\n` (or of the end of the text)
  size_t spaces = 0;      // leading spaces
  bool crlf = false;      // the line break is `\r\n` (a Windows checkout)
  bool blank() const { return spaces == text.size(); }
};

Line LineAt(std::string_view text, size_t begin) {
  Line l;
  l.begin = begin;
  l.end = std::min(text.find('\n', begin), text.size());
  l.text = text.substr(begin, l.end - begin);
  // yaml-cpp reads `\r\n` as one line break, and gives it as `\n` in a scalar's value; a
  // carriage return anywhere else is a byte of the content (HasControl leaves it alone).
  l.crlf = l.end < text.size() && l.text.ends_with('\r');
  if (l.crlf) l.text.remove_suffix(1);
  l.spaces = std::min(l.text.find_first_not_of(' '), l.text.size());
  return l;
}

// yaml-cpp reads 0x04 as the end of its input and stops on other control bytes (NUL
// among them), so a body holding one is left to it.
bool HasControl(std::string_view line) {
  for (const char c : line) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t') || u == 0x7f) return true;
  }
  return false;
}

// A block scalar header: `key: |`, `- key: |`, `- |`, with an optional comment.
struct Header {
  size_t indicator = 0;  // offset in the line
  size_t parent = 0;     // content must be indented more than this column (0-based)
  bool literal = false;  // `|`, not `>`
  bool plain = false;    // no indentation indicator, no `+` chomping
  bool strip = false;
};

bool IsKeyChar(char c) {
  return c != ':' && c != '#' && c != '"' && c != '\'' && c != '{' && c != '}' && c != '[' &&
         c != ']' && c != ',' && c != '&' && c != '*' && c != '!' && c != '|' && c != '>' &&
         c != '%' && c != '@' && c != '`' && c != '\t';
}

bool ParseHeader(const Line& line, Header* h) {
  std::string_view rest = line.text.substr(line.spaces);
  size_t column = line.spaces;
  size_t parent = line.spaces;
  while (rest.starts_with("- ")) {
    parent = column;
    rest.remove_prefix(2);
    column += 2;
    while (rest.starts_with(' ')) {
      rest.remove_prefix(1);
      ++column;
    }
  }
  if (!rest.starts_with('|') && !rest.starts_with('>')) {
    // A plain key: the content must be indented past the map it belongs to.
    size_t k = 0;
    while (k < rest.size() && IsKeyChar(rest[k]) && rest.substr(k, 2) != " #") ++k;
    if (k == 0 || rest[0] == '-' || rest[0] == '?' || rest.substr(k, 2) != ": ") return false;
    parent = column;
    rest.remove_prefix(k + 2);
    column += k + 2;
    while (rest.starts_with(' ')) {
      rest.remove_prefix(1);
      ++column;
    }
  }
  if (rest.empty() || (rest[0] != '|' && rest[0] != '>')) return false;
  h->indicator = column;
  h->parent = parent;
  h->literal = rest[0] == '|';
  rest.remove_prefix(1);
  h->plain = true;
  h->strip = false;
  while (!rest.empty() && rest[0] != ' ') {
    if (rest[0] == '-') h->strip = true;
    else if (rest[0] == '+' || (rest[0] >= '1' && rest[0] <= '9')) h->plain = false;
    else return false;
    rest.remove_prefix(1);
  }
  const size_t after = rest.find_first_not_of(' ');
  return after == std::string_view::npos || rest[after] == '#';
}

// The body after a header at `line`: from the line after it to the end of its last
// content line, with the content's indentation. False when the extent is not certain from the lines
// (a tab or extra spaces where the indentation is decided, a body that runs to the end of
// the text without a line break) or the scalar is empty; `*next` is where to go on.
bool Body(std::string_view text, const Line& header, const Header& h, ElidedScalar* s,
          size_t* next) {
  size_t at = header.end + 1;
  *next = at;
  size_t indent = 0, leading_spaces = 0;
  const size_t first = at;  // leading empty lines are line breaks of the value
  size_t last_end = 0;
  while (at < text.size()) {
    const Line l = LineAt(text, at);
    const bool tab = l.spaces < l.text.size() && l.text[l.spaces] == '\t';
    if (HasControl(l.text)) return false;
    if (indent == 0) {
      if (l.blank()) {
        leading_spaces = std::max(leading_spaces, l.spaces);
      } else {
        if (tab || l.spaces <= h.parent) return false;  // empty scalar or unclear
        indent = l.spaces;
        if (leading_spaces > indent) return false;
        last_end = l.end;
      }
    } else if (l.spaces >= indent && !l.blank()) {
      last_end = l.end;
    } else if (l.blank()) {
      if (l.spaces > indent) return false;  // spaces kept as content: leave to yaml-cpp
    } else {
      if (tab) return false;
      break;
    }
    at = l.end + 1;
    *next = at;
  }
  if (indent == 0 || last_end >= text.size()) return false;
  *next = last_end + 1;
  s->body = first;
  s->body_end = last_end;
  s->indent = static_cast<uint32_t>(indent);
  return true;
}

}  // namespace

size_t Elision::Original(size_t pos) const {
  auto it = std::upper_bound(gaps.begin(), gaps.end(), std::make_pair(pos, SIZE_MAX));
  return it == gaps.begin() ? pos : pos + std::prev(it)->second;
}

const ElidedScalar* Elision::At(size_t at) const {
  auto it = std::lower_bound(scalars.begin(), scalars.end(), at,
                             [](const ElidedScalar& s, size_t v) { return s.indicator < v; });
  return it != scalars.end() && it->indicator == at ? &*it : nullptr;
}

bool ElideBlockScalars(std::string_view text, size_t min_bytes, Elision* out) {
  std::vector<ElidedScalar> found;
  for (size_t at = 0; at < text.size();) {
    const Line line = LineAt(text, at);
    Header h;
    at = line.end + 1;
    // `|` or `>` on a line: cheap to look for before parsing the line.
    if (line.text.find_first_of("|>") == std::string_view::npos || !ParseHeader(line, &h)) continue;
    ElidedScalar s;
    size_t next = at;
    // Every block scalar's body is skipped, kept or not: its lines may look like headers.
    const bool certain = Body(text, line, h, &s, &next);
    at = next;
    if (!certain || !h.literal || !h.plain || s.body_end - s.body < min_bytes) continue;
    s.indicator = line.begin + h.indicator;
    s.strip = h.strip;
    found.push_back(s);
  }
  if (found.empty()) return false;
  out->text.clear();
  out->gaps.clear();
  size_t from = 0, removed = 0;
  for (const ElidedScalar& s : found) {
    out->text.append(text.substr(from, s.body - from));
    // Each line of the body keeps its line break as it is (`\n` or `\r\n`); the last
    // line's `\n` is at body_end, copied with what follows.
    size_t kept = 0;
    for (size_t at = s.body;;) {
      const Line l = LineAt(text, at);
      if (l.crlf) out->text += '\r', ++kept;
      if (l.end >= s.body_end) break;
      out->text += '\n', ++kept;
      at = l.end + 1;
    }
    removed += s.body_end - s.body - kept;
    // Positions from the body's final line break on move back this much.
    out->gaps.emplace_back(out->text.size(), removed);
    from = s.body_end;
  }
  out->text.append(text.substr(from));
  out->scalars = std::move(found);
  return true;
}

std::string LiteralValue(std::string_view text, const ElidedScalar& s) {
  std::string value;
  value.reserve(s.body_end - s.body + 1);
  for (size_t at = s.body; at <= s.body_end;) {
    const Line l = LineAt(text, at);
    if (!l.blank()) value.append(l.text.substr(s.indent));
    value += '\n';
    at = l.end + 1;
  }
  if (s.strip) value.pop_back();
  return value;
}

}  // namespace k8slint::yaml
