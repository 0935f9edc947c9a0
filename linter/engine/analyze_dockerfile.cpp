#include <cstdint>
#include <string>

#include "linter/core/ascii.h"
#include "linter/core/template_syntax.h"
#include "linter/engine/analyze.h"
#include "linter/engine/ps_sources.h"
#include "linter/models/dockerfile/model.h"
#include "linter/models/ps/script.h"
#include "linter/project/collect.h"

namespace k8slint {
namespace {

// The line where a template engine's syntax stands in the Dockerfile's own structure:
// a `{{ range }}` / `{% if %}` line where an instruction belongs, or a FROM whose image
// is an expression. `{{` inside a RUN (docker inspect --format '{{.State}}') is shell
// text and does not count. 0 when none.
uint32_t TemplateLine(const dockerfile::Document& doc, std::string_view* opener) {
  const SourceFile& src = doc.source();
  uint32_t line = 0;
  auto consider = [&](uint32_t l, std::string_view o) {
    if (l && (line == 0 || l < line)) {
      line = l;
      *opener = o;
    }
  };
  for (const dockerfile::ParseError& e : doc.errors) {
    const std::string_view text = src.Line(e.span.begin.line);
    if (const std::string_view o = TemplateOpener(text); !o.empty()) consider(e.span.begin.line, o);
  }
  for (const dockerfile::Instruction& ins : doc.instructions) {
    if (!ins.Is("FROM")) continue;
    for (std::string_view o : {"{{", "{%"})
      if (ins.args.find(o) != std::string::npos) consider(ins.span.begin.line, o);
  }
  // A FROM the parser rejected (`FROM {{ .Base }}:{{ .Tag }}` has spaces) is an error.
  for (const dockerfile::ParseError& e : doc.errors) {
    const std::string_view text = src.Line(e.span.begin.line);
    const size_t at = text.find_first_not_of(" \t");
    if (at == std::string_view::npos || AsciiUpper(text.substr(at, 5)) != "FROM ") continue;
    for (std::string_view o : {"{{", "{%"})
      if (text.find(o) != std::string_view::npos) consider(e.span.begin.line, o);
  }
  return line;
}

}  // namespace

void AnalyzeDockerfile(const AnalysisContext& ctx) {
  const dockerfile::Document& doc = ctx.models.dockerfile();
  std::string_view opener;
  if (const uint32_t line = TemplateLine(doc, &opener)) {
    // A template of another tool: its parse errors and findings would be about text
    // that is not the Dockerfile docker builds. It does not link to images either.
    ctx.Skipped(Span::At(line, 1),
                "not linted as a Dockerfile: it holds template syntax ('" + std::string(opener) +
                    "' at line " + std::to_string(line) +
                    "), so another tool renders it into the real Dockerfile (the secrets "
                    "rules still read it)");
    return;
  }
  ctx.FirstParseError(doc.errors);
  for (const Rule* r : ctx.rules) r->CheckDockerfile(doc, ctx.emit);
  if (ctx.facts) project::CollectDockerfile(doc, ctx.config.base_image_users, ctx.facts);
  // RUNs under a powershell/pwsh SHELL are PowerShell: the PS rules check them too.
  if (!ps::AnyPsRule(ctx)) return;
  for (const ps::Script& script : ctx.models.powershell()) ps::CheckScript(ctx, script);
}

}  // namespace k8slint
