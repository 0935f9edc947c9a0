#include <nlohmann/json.hpp>

#include "linter/report/json_stream.h"
#include "linter/report/report.h"

namespace k8slint::report {

nlohmann::json SpanJson(const Span& s) {
  return {{"startLine", s.begin.line},
          {"startColumn", s.begin.column},
          {"endLine", s.end.line},
          {"endColumn", s.end.column}};
}

void WriteJson(std::ostream& out, const ReportContext& ctx) {
  WriteJsonArray(out, ctx.findings.size(), 0, [&](size_t i) {
    const Finding& f = ctx.findings[i];
    const RuleMeta& m = f.rule->meta();
    nlohmann::json j = {{"ruleId", m.id},
                        {"ruleName", m.name},
                        {"level", LevelName(f.level)},
                        {"message", ctx.Text(f.message, false)},
                        {"path", ctx.Path(f.path, false)},
                        {"fingerprint", FingerprintText(f.fingerprint)},
                        {"aliases", m.aliases},
                        {"helpUri", HelpUri(m)}};
    j.update(SpanJson(f.span));
    nlohmann::json related = nlohmann::json::array();
    for (const RelatedLocation& r : f.related) {
      nlohmann::json rj = {{"path", ctx.Path(r.path, false)},
                           {"message", ctx.Text(r.message, false)}};
      rj.update(SpanJson(r.span));
      related.push_back(std::move(rj));
    }
    j["related"] = std::move(related);
    return j;
  });
  out << '\n';
}

}  // namespace k8slint::report
