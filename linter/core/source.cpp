#include "linter/core/source.h"

#include <cstdint>
#include <algorithm>

namespace k8slint {

uint32_t CodePointCount(std::string_view utf8) {
  uint32_t n = 0;
  for (unsigned char c : utf8)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

VcsStatus SourceFile::vcs() const {
  if (git_) {
    vcs_ = git_->StatusOf(path_);
    git_ = nullptr;
  }
  return vcs_;
}

SourceFile::SourceFile(SharedPath path, InputKind kind, std::string text)
    : path_(std::move(path)), kind_(kind), text_(std::move(text)) {
  if (text_.size() >= 3 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0) text_.erase(0, 3);
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n' && i + 1 < text_.size())
      line_starts_.push_back(static_cast<uint32_t>(i + 1));
}

size_t SourceFile::LineOffset(uint32_t line) const {
  if (line == 0) return 0;
  if (line > line_starts_.size()) return text_.size();
  return line_starts_[line - 1];
}

std::string_view SourceFile::Line(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  const size_t begin = line_starts_[line - 1];
  size_t end = line < line_starts_.size() ? line_starts_[line] : text_.size();
  std::string_view view(text_.data() + begin, end - begin);
  while (!view.empty() && (view.back() == '\n' || view.back() == '\r')) view.remove_suffix(1);
  return view;
}

Position SourceFile::PositionAt(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const uint32_t line = static_cast<uint32_t>(it - line_starts_.begin());
  const size_t begin = line_starts_[line - 1];
  const uint32_t column =
      CodePointCount(std::string_view(text_.data() + begin, offset - begin)) + 1;
  return Position{line, column};
}

size_t SourceFile::OffsetOf(Position p) const {
  size_t offset = LineOffset(p.line);
  std::string_view line = Line(p.line);
  uint32_t col = 1;
  size_t i = 0;
  while (i < line.size() && col < p.column) {
    ++i;
    while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
    ++col;
  }
  return offset + i;
}

}  // namespace k8slint
