// The Dockerfile document model: instructions with flags, arguments, heredocs and
// positions; stages with their base images. Built once by dockerfile::Parse; rules
// read it and never re-parse the text.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "linter/core/image_ref.h"
#include "linter/core/position.h"
#include "linter/core/source.h"

namespace k8slint::dockerfile {

struct Flag {
  std::string name;   // without the leading "--"
  std::string value;  // "" for a bare flag
  Span span;
};

// One `key=value` of ENV, ARG or LABEL (also the legacy `ENV key value`).
struct KeyValue {
  std::string key;
  std::string value;       // unquoted, as written
  std::string expanded;    // after ARG/ENV substitution
  bool has_value = false;  // false for `ARG NAME`
  Span key_span;
  Span value_span;
};

struct Heredoc {
  std::string delimiter;
  std::string body;         // lines between the marker and the delimiter, '\n'-joined
  bool quoted = false;      // <<"EOF" / <<'EOF': no expansion in the body
  bool strip_tabs = false;  // <<-EOF
  size_t body_offset = 0;   // byte offset of the body's first line in the source
  Span span;                // the `<<EOF` marker
};

// A simple command of a POSIX shell RUN: words unquoted, each with its position.
struct ShellCommand {
  std::vector<std::string> words;
  std::vector<Position> positions;
  std::string separator;  // what precedes it: "", "&&", "||", ";", "|", "&", "\n"
};

struct Instruction {
  std::string keyword;  // upper case
  std::vector<Flag> flags;
  std::string args;               // after keyword and flags; continuations joined, trimmed
  bool exec_form = false;         // JSON array form
  std::vector<std::string> exec;  // its items when exec_form
  std::vector<KeyValue> pairs;    // ENV, ARG, LABEL
  std::vector<Heredoc> heredocs;
  // Docker's own substitution of ARG/ENV values, for the instructions Docker expands
  // (FROM, ADD, COPY, ENV, ARG, EXPOSE, LABEL, STOPSIGNAL, USER, VOLUME, WORKDIR);
  // otherwise equal to args. Unknown variables are left as written.
  std::string expanded;
  // The shell in effect for RUN (default ["/bin/sh", "-c"], or the stage's SHELL); null
  // for other instructions. Shared by the RUNs under one SHELL: a copy per RUN was a
  // third of the model's memory on a file of short RUN lines (issue 13).
  std::shared_ptr<const std::vector<std::string>> shell;
  std::vector<ShellCommand> commands;  // RUN in shell form with a POSIX shell
  int stage = -1;                      // index into Document::stages; -1 before the first FROM
  Span span;                           // keyword to end of the last continuation line
  Span args_span;

  bool Is(std::string_view kw) const { return keyword == kw; }
  const Flag* FindFlag(std::string_view name) const;
  bool IsPowerShell() const;  // the RUN shell is powershell or pwsh
};

using k8slint::ImageRef;

struct Stage {
  int index = 0;
  std::string alias;  // lower case; "" when unnamed
  ImageRef base;
  int base_stage = -1;  // FROM names an earlier stage
  size_t from = 0;      // index of its FROM in Document::instructions
  size_t end = 0;       // one past its last instruction

  // "alias" if named, else the index as text, as `COPY --from=` would name it.
  std::string DisplayName() const;
};

struct Comment {
  uint32_t line = 0;
  std::string text;  // after '#', trimmed
};

struct ParseError {
  Span span;
  std::string message;
};

class Document {
 public:
  explicit Document(const SourceFile& source) : source_(&source) {}
  const SourceFile& source() const { return *source_; }

  char escape = '\\';
  std::vector<std::pair<std::string, std::string>> directives;  // syntax, escape, check
  std::vector<Instruction> instructions;
  std::vector<Stage> stages;
  std::vector<Comment> comments;
  std::vector<ParseError> errors;

  const Stage* final_stage() const { return stages.empty() ? nullptr : &stages.back(); }
  // The stage `--from=` names (alias, case-insensitive, or index), among stages
  // before `before` (use stages.size() for all). Null when none.
  const Stage* FindStage(std::string_view name, size_t before) const;
  // Instructions of a stage.
  std::pair<const Instruction*, const Instruction*> StageInstructions(const Stage& s) const;

 private:
  const SourceFile* source_;
};

// Parses `source`. Never fails: problems land in Document::errors with positions.
// REQUIRES: `source` outlives the document.
std::unique_ptr<Document> Parse(const SourceFile& source);

}  // namespace k8slint::dockerfile
