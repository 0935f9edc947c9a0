// The .env document model: entries with key, value, raw text and positions. Built once
// by env::Parse; rules read it and never re-parse the text.
//
// Syntax (the common ground of docker compose `env_file`, python-dotenv and dotenv):
// `KEY=value`, optional `export ` prefix, `#` comments on their own line or after a
// space in an unquoted value, single quotes (literal), double quotes (escapes \n, \t,
// \" and \\ apply) and backticks, any of which may span lines; a bare `KEY` (inherit from the
// environment) is an entry without a value.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/position.h"
#include "linter/core/source.h"

namespace k8slint::env {

struct Entry {
  std::string key;
  std::string value;       // unquoted, escapes applied
  std::string raw;         // the value as written, quotes included
  bool has_value = false;  // false for a bare `KEY` line
  bool exported = false;   // `export KEY=...`
  char quote = 0;          // '\'', '"', '`' or 0
  Span key_span;
  Span value_span;       // the raw value; may end on a later line
  Position value_begin;  // first character inside the quotes
};

struct ParseError {
  Span span;
  std::string message;  // names keys, never values (values may be secrets)
};

class File {
 public:
  explicit File(const SourceFile& source) : source_(&source) {}
  const SourceFile& source() const { return *source_; }

  // `.env.example`, `.env.sample`, `.env.template`, `.env.dist`, `.env.defaults` and
  // `example.env`-style names: files meant to be committed, with placeholders only.
  bool IsTemplate() const;

  std::vector<Entry> entries;
  std::vector<ParseError> errors;

 private:
  const SourceFile* source_;
};

// Parses `source`. Never fails: malformed lines become errors and parsing resumes on
// the next line. REQUIRES: `source` outlives the file.
std::unique_ptr<File> Parse(const SourceFile& source);

}  // namespace k8slint::env
