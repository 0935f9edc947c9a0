// GitLab Code Quality (a subset of Code Climate's issue format): a JSON array of issues
// that a merge request widget compares with the target branch's by `fingerprint`.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "linter/core/hash.h"
#include "linter/report/json_stream.h"
#include "linter/report/report.h"

namespace k8slint::report {
namespace {

const char* GitlabSeverity(Level level) {
  switch (level) {
    case Level::kError: return "critical";
    case Level::kWarning: return "major";
    case Level::kNote: return "info";
  }
  return "info";
}

// Code Climate's categories, from the rule's first topic tag.
const char* Category(const RuleMeta& m) {
  for (std::string_view tag : m.tags) {
    if (tag == "security") return "Security";
    if (tag == "reliability" || tag == "correctness") return "Bug Risk";
    if (tag == "portability") return "Compatibility";
    if (tag == "performance" || tag == "size") return "Performance";
  }
  return "Style";
}

// The finding's fingerprint names it within its file; GitLab wants one id per report, so
// the file's path joins it. Both are stable across unrelated edits.
std::string Fingerprint(const std::string& uri, const std::string& fingerprint) {
  char hex[33];
  const std::string key = uri + '\0' + fingerprint;
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(Fnv1a(key)),
                static_cast<unsigned long long>(Fnv1a(key, 0x84222325cbf29ce4ull)));
  return hex;
}

}  // namespace

void WriteGitlab(std::ostream& out, const ReportContext& ctx) {
  WriteJsonArray(out, ctx.findings.size(), 0, [&](size_t i) {
    const Finding& f = ctx.findings[i];
    const RuleMeta& m = f.rule->meta();
    const std::string uri = ctx.Uri(f.path, false);
    return nlohmann::json{
        {"type", "issue"},
        {"check_name", std::string(m.id) + " " + std::string(m.name)},
        {"description", ctx.Text(f.message, false)},
        {"content", {{"body", "See " + HelpUri(m)}}},
        {"categories", nlohmann::json::array({Category(m)})},
        {"severity", GitlabSeverity(f.level)},
        {"fingerprint", Fingerprint(uri, FingerprintText(f.fingerprint))},
        {"location",
         {{"path", uri}, {"lines", {{"begin", f.span.begin.line}, {"end", f.span.end.line}}}}}};
  });
  out << '\n';
}

}  // namespace k8slint::report
