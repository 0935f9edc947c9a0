// Template syntax of other tools in a file k8slint would otherwise read as YAML or a
// Dockerfile: Go, Helm and Mustache `{{ }}`, Jinja `{% %}` and `{# #}`. The analyzers
// use it to tell a template (skipped with a K8L004 note) from a broken file (K8L001).
#pragma once

#include <cstdint>
#include <string_view>

#include "linter/core/source.h"

namespace k8slint {

// The opener ("{{", "{%" or "{#") that `text` starts with after blanks, or "".
inline std::string_view TemplateOpener(std::string_view text) {
  const size_t at = text.find_first_not_of(" \t");
  if (at == std::string_view::npos || text.size() < at + 2 || text[at] != '{') return {};
  const char c = text[at + 1];
  return c == '{' || c == '%' || c == '#' ? text.substr(at, 2) : std::string_view{};
}

// The first line in [1, last] holding `{{`/`{%` outside a `#` comment line (0 if none),
// and its opener.
inline uint32_t FirstTemplateLine(const SourceFile& source, uint32_t last,
                                  std::string_view* opener) {
  for (uint32_t l = 1; l <= last && l <= source.line_count(); ++l) {
    const std::string_view line = source.Line(l);
    const size_t at = line.find_first_not_of(" \t");
    if (at == std::string_view::npos || line[at] == '#') continue;
    for (std::string_view o : {"{{", "{%", "{#"}) {
      if (line.find(o) == std::string_view::npos) continue;
      // `{#` is a Jinja comment only where a line starts with it.
      if (o == "{#" && TemplateOpener(line) != "{#") continue;
      *opener = o;
      return l;
    }
  }
  return 0;
}

}  // namespace k8slint
