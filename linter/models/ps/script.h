// ps::Script: one block of PowerShell (a .ps1 file, a markdown fence, a Dockerfile RUN,
// a workflow `run:` step) as tokens and simple commands, with a map from offsets in the
// block's text back to line/column in the file that contains it.
// Built once by the adapters in linter/engine/ps_sources.h and linter/markdown/; rules only read
// it.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/ascii.h"
#include "linter/core/position.h"
#include "linter/core/source.h"

namespace k8slint::ps {

enum class Origin { kScriptFile, kMarkdownFence, kDockerfileRun, kWorkflowStep };

enum class Edition { kWindowsPowerShell51, kPowerShell7 };

// What runs the block, when the source says so (SHELL ["pwsh"], `shell: powershell`).
struct Host {
  std::optional<Edition> edition;  // empty: the configured powershell-target decides
  bool windows = true;             // false for pwsh on a Linux runner or base image
};

enum class TokenKind {
  kWord,              // bare argument or command name, backtick escapes included
  kVariable,          // $name, ${name}, $env:NAME, $?, $$, $^
  kSplat,             // @name
  kString,            // '...' (literal)
  kExpandableString,  // "..." (variables and $(...) inside are separate tokens)
  kHereString,        // @'...'@ or @"..."@
  kOperator,          // ; | || && & , = += (assignment and chain operators)
  kRedirection,       // > >> 2> 2>&1 *> and the bash-only < <<< &> >&2
  kOpen,              // ( $( @( { @{
  kClose,             // ) }
  kNewline,
  kComment,           // # ... or <# ... #>
  kLineContinuation,  // backtick at the end of a line
  kBashContinuation,  // a lone backslash at the end of a line (bash, not PowerShell)
  kBashHeredoc,       // <<EOF marker; its body lines are skipped
  kStopParsing,       // --% and the rest of its line, passed verbatim
  kType,              // [string], [System.Exception], [List[int]], [Parameter(Mandatory)]
  kPlaceholder,       // <pod-name> in documentation: stands for an argument
};

struct Token {
  TokenKind kind = TokenKind::kWord;
  uint32_t begin = 0;  // byte offsets into Script::text(), end exclusive
  uint32_t end = 0;
  bool space_before = true;  // whitespace or a line start precedes it
  bool in_string = false;    // inside "..." or @"..."@ (a $var or the code of a $(...))
};

// One argument of a command: adjacent tokens with no whitespace between them
// (`jsonpath='{.items}'`, `image.tag=$TAG`), a group `( ... )` included.
struct Word {
  size_t first_token = 0;  // inclusive token range
  size_t last_token = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
};

// A simple command: a pipeline element or statement, nested groups listed separately.
struct Command {
  std::string_view separator;  // token text before it: "", "\n", ";", "|", "&&", "{", "$(" ...
  bool call_operator = false;  // written `& cmd`
  bool in_hashtable = false;   // `key = value` lines of @{ ... }: not commands
  // Inside the block of `if ($IsLinux)`, `elseif ($IsMacOS)`, `if (-not $IsWindows)` or the
  // `else` of `if ($IsWindows)`: never runs on Windows.
  bool non_windows = false;
  std::vector<Word> words;
  std::vector<size_t> redirections;  // token indexes of kRedirection and kBashHeredoc
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct LexError {
  uint32_t offset = 0;
  std::string message;
};

class Script {
 public:
  // Bytes of `text` from `script_offset` up to the next piece come from `file_offset` on.
  struct Piece {
    uint32_t script_offset = 0;
    uint32_t file_offset = 0;
  };

  // REQUIRES: `file` outlives the script; `pieces` sorted, the first at script offset 0.
  Script(const SourceFile& file, Origin origin, Host host, std::string text,
         std::vector<Piece> pieces);
  Script(const Script&) = delete;
  Script& operator=(const Script&) = delete;
  Script(Script&&) = default;

  const SourceFile& file() const { return *file_; }
  Origin origin() const { return origin_; }
  const Host& host() const { return host_; }
  const std::string& text() const { return text_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  const std::vector<Command>& commands() const { return commands_; }  // by begin offset
  const std::vector<LexError>& errors() const { return errors_; }

  std::string_view Text(const Token& t) const { return Slice(t.begin, t.end); }
  std::string_view Text(const Word& w) const { return Slice(w.begin, w.end); }
  std::string_view Slice(uint32_t begin, uint32_t end) const;
  // The command name: the first word without quotes and backticks, in lower case; empty
  // when the first word is longer than kMaxCommandName bytes, so the cost per call is bounded.
  static constexpr size_t kMaxCommandName = 256;
  std::string Name(const Command& c) const;

  Position PositionAt(uint32_t offset) const;
  Span SpanOf(uint32_t begin, uint32_t end) const;  // end exclusive
  Span SpanOf(const Token& t) const { return SpanOf(t.begin, t.end); }
  Span SpanOf(const Word& w) const { return SpanOf(w.begin, w.end); }

  // What the script declares, lower case: functions and filters (`function Test`) and
  // aliases it sets, which shadow a tool of that name; variables it assigns (`$x = `,
  // `param($x)`, `foreach ($x in`), by name without scope. For a markdown fence, those of
  // the fences above it too (a page defines a function in one block, calls it in the next).
  struct Declarations {
    std::set<std::string> commands;
    std::set<std::string> variables;
    bool dot_sources = false;  // `. ./env.ps1`: variables may come from that file
  };
  const Declarations& declarations() const { return declarations_; }
  bool DefinesCommand(std::string_view name) const;
  void AddDeclarations(const Declarations& other);

  // Markdown fences only: the opening fence line, and whether a closing fence exists.
  Span fence_span;
  bool fence_closed = true;
  std::string fence_info;

 private:
  const SourceFile* file_;
  Origin origin_;
  Host host_;
  std::string text_;
  std::vector<Piece> pieces_;
  std::vector<Token> tokens_;
  std::vector<Command> commands_;
  std::vector<LexError> errors_;
  Declarations declarations_;
};

}  // namespace k8slint::ps
