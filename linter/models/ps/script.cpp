#include "linter/models/ps/script.h"

#include <cstdint>
#include <algorithm>
#include <cctype>

#include "linter/core/ascii.h"
#include "linter/models/ps/lexer.h"

namespace k8slint::ps {

Script::Script(const SourceFile& file, Origin origin, Host host, std::string text,
               std::vector<Piece> pieces)
    : file_(&file), origin_(origin), host_(host), text_(std::move(text)),
      pieces_(std::move(pieces)) {
  if (pieces_.empty() || pieces_.front().script_offset != 0)
    pieces_.insert(pieces_.begin(), Piece{0, 0});
  Tokenize(text_, &tokens_, &errors_);
  commands_ = BuildCommands(text_, tokens_);
  declarations_ = Declare(*this);
}

bool Script::DefinesCommand(std::string_view name) const {
  return declarations_.commands.contains(AsciiLower(name));
}

void Script::AddDeclarations(const Declarations& other) {
  declarations_.commands.insert(other.commands.begin(), other.commands.end());
  declarations_.variables.insert(other.variables.begin(), other.variables.end());
  declarations_.dot_sources |= other.dot_sources;
}

std::string_view Script::Slice(uint32_t begin, uint32_t end) const {
  begin = std::min<uint32_t>(begin, static_cast<uint32_t>(text_.size()));
  end = std::clamp<uint32_t>(end, begin, static_cast<uint32_t>(text_.size()));
  return std::string_view(text_).substr(begin, end - begin);
}

std::string Script::Name(const Command& c) const {
  if (c.words.empty()) return "";
  std::string_view raw = Text(c.words.front());
  if (raw.size() >= 2 && (raw.front() == '"' || raw.front() == '\'') && raw.back() == raw.front())
    raw = raw.substr(1, raw.size() - 2);
  // A first word this long is a group (`$( ... )` nested thousands deep) or data, never a
  // tool a rule knows; copying it for every rule and every nested command was quadratic.
  if (raw.size() > kMaxCommandName) return "";
  std::string out;
  for (char ch : raw)
    if (ch != '`') out += AsciiLower(ch);
  return out;
}

Position Script::PositionAt(uint32_t offset) const {
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), offset,
                             [](uint32_t o, const Piece& p) { return o < p.script_offset; });
  const Piece& piece = *(it - 1);
  return file_->PositionAt(piece.file_offset + (offset - piece.script_offset));
}

Span Script::SpanOf(uint32_t begin, uint32_t end) const {
  return Span{PositionAt(begin), PositionAt(end > begin ? end - 1 : begin)};
}

}  // namespace k8slint::ps
