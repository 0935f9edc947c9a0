// SourceFile: the bytes of one input, its display path, its kind and a line index.
// A UTF-8 byte-order mark is dropped on load; CRLF line ends are kept in `text()`
// but never counted in columns.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/kind.h"
#include "linter/core/position.h"
#include "linter/core/shared_path.h"
#include "linter/core/vcs_status.h"

namespace k8slint {

class SourceFile {
 public:
  SourceFile(SharedPath path, InputKind kind, std::string text);
  SourceFile(const SourceFile&) = delete;
  SourceFile& operator=(const SourceFile&) = delete;

  // Path as reported: relative to the working directory when below it, "-" for stdin.
  const std::string& path() const { return path_.str(); }
  // The same, shared with the findings and project facts about the file.
  const SharedPath& shared_path() const { return path_; }
  InputKind kind() const { return kind_; }
  const std::string& text() const { return text_; }
  // Git status of the file: asked of `git` (set by the engine) on first use, since
  // loading libgit2 and reading the index is costly and only some rules ask;
  // kNoRepository without one. set_vcs fixes it (tests).
  VcsStatus vcs() const;
  void set_vcs(VcsStatus vcs) {
    vcs_ = vcs;
    git_ = nullptr;
  }
  void set_git(const VcsLookup* git) { git_ = git; }
  // A fragment another tool merges into complete objects (a kustomize patch listed by a
  // kustomization.yaml): what it leaves out is not missing.
  bool patch() const { return patch_; }
  void set_patch(bool patch) { patch_ = patch; }

  size_t line_count() const { return line_starts_.size(); }
  // The text of 1-based line `line` without its line terminator ("" when out of range).
  std::string_view Line(uint32_t line) const;
  // Byte offset where 1-based `line` starts.
  size_t LineOffset(uint32_t line) const;
  // Position of a byte offset into text(); offsets past the end clamp to the end.
  Position PositionAt(size_t offset) const;
  // Byte offset of a position (inverse of PositionAt).
  size_t OffsetOf(Position p) const;

 private:
  SharedPath path_;
  InputKind kind_;
  std::string text_;
  mutable VcsStatus vcs_ = VcsStatus::kNoRepository;
  mutable const VcsLookup* git_ = nullptr;  // cleared once asked
  bool patch_ = false;
  std::vector<uint32_t> line_starts_;
};

// Counts Unicode code points in UTF-8 text; invalid bytes count one each.
uint32_t CodePointCount(std::string_view utf8);

}  // namespace k8slint
