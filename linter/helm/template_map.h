// TemplateMap: maps a position in `helm template` output back to the chart template it
// was rendered from. helm writes `# Source: <chart>/templates/<file>` above every
// document; within the template, the line is found by its text or, failing that, by
// its YAML key path (spec.template.spec.containers.-.image), dropping trailing keys
// until one matches, so a finding inside a block pasted by `toYaml` lands on the key
// whose template line inserted it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace k8slint::helm {

// One line of YAML-like text, reduced to what the mapping compares.
struct KeyLine {
  uint32_t line = 0;              // 1-based
  std::string text;               // trimmed
  std::string key;                // "" when the line is not `key:` or `- key:`
  uint32_t column = 1;            // 1-based column where the key (or text) starts
  std::vector<std::string> path;  // ancestor keys and "-" for list items, then key
};

// Key paths of every non-blank, non-comment line of `text`; lines that only hold
// template actions ({{- if ... }}) are left out, so they do not break the nesting.
std::vector<KeyLine> KeyLines(std::string_view text);

struct TemplatePosition {
  uint32_t line = 0;  // 0: no match
  uint32_t column = 1;
  uint32_t end_column = 1;  // inclusive
};

class RenderedOutput {
 public:
  // REQUIRES: `text` outlives this object.
  explicit RenderedOutput(std::string_view text);

  // The `# Source:` path of the document holding `line` ("chart/templates/x.yaml"),
  // or "" when helm wrote none.
  std::string SourceOf(uint32_t line) const;

  // Where `line`:`column` of the output most likely came from in `template_text`.
  TemplatePosition Map(uint32_t line, uint32_t column, std::string_view template_text) const;

 private:
  struct Doc {
    uint32_t first = 1, last = 1;  // 1-based, inclusive
    std::string source, kind;
  };
  const Doc* DocOf(uint32_t line) const;

  std::string_view text_;
  std::vector<std::string_view> lines_;
  std::vector<Doc> docs_;
};

}  // namespace k8slint::helm
