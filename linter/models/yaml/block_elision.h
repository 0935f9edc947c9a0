// Long literal block scalars (`key: |` followed by a dashboard, a config file, a script)
// are most of the bytes of many manifests, and yaml-cpp scans them a character at a time
// through its token patterns: a ConfigMap with a 40 KB dashboard costs ten times the rest
// of its file. Their extent and value follow from indentation alone, so the parser is
// handed a copy of the text in which each long body is cut to its line breaks (every
// position outside it keeps its line and column), and the value is read from the
// original text. TreeBuilder checks each cut against yaml-cpp's events and parses the
// text whole when any does not match (linter/models/yaml/parse.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace k8slint::yaml {

struct ElidedScalar {
  size_t indicator = 0;  // offset of the `|` in the original text
  size_t body = 0;       // original offsets of the cut lines: [body, body_end), from the
                         // line after the header to the end of the last content line
  size_t body_end = 0;
  uint32_t indent = 0;  // the content's indentation
  bool strip = false;   // `|-`: no final line break
};

struct Elision {
  std::string text;  // the original with each cut body reduced to its line breaks
  // (offset in `text` just past a cut body, bytes removed up to there), by offset.
  std::vector<std::pair<size_t, size_t>> gaps;
  std::vector<ElidedScalar> scalars;  // by indicator

  // The original offset of `pos`, an offset in `text` outside every cut body.
  size_t Original(size_t pos) const;
  // The cut scalar whose indicator is at original offset `at`, or null.
  const ElidedScalar* At(size_t at) const;
};

// Literal block scalar bodies of at least this many bytes are cut.
inline constexpr size_t kMinElidedBytes = 256;

// Cuts every literal block scalar body of `text` of `min_bytes` or more whose extent is
// certain from its lines alone (no indentation indicator, no `+` chomping, spaces only
// in its indentation, no control byte but the `\r` of a `\r\n` line break). False, and
// `out` untouched, when none is.
bool ElideBlockScalars(std::string_view text, size_t min_bytes, Elision* out);

// The value YAML gives the literal block scalar `s` of `text` (the original).
std::string LiteralValue(std::string_view text, const ElidedScalar& s);

}  // namespace k8slint::yaml
