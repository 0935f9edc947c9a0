// JUnit XML (the schema Jenkins, GitLab and Azure Pipelines read): one testsuite per
// file with findings, one failed testcase per finding. A clean run is one passing
// testcase, since Jenkins fails a build whose reports hold no test at all.
#include "linter/report/report.h"
#include "linter/report/xml.h"

namespace k8slint::report {

void WriteJunit(std::ostream& out, const ReportContext& ctx) {
  const size_t total = ctx.findings.size();
  out << kXmlDeclaration << "<testsuites name=\"k8slint\" tests=\"" << std::max<size_t>(total, 1)
      << "\" failures=\"" << total << "\" errors=\"0\">\n";
  if (total == 0) {
    out << "  <testsuite name=\"k8slint\" tests=\"1\" failures=\"0\" errors=\"0\">\n"
        << "    <testcase name=\"no findings\" classname=\"k8slint\"/>\n"
        << "  </testsuite>\n";
  }
  for (size_t i = 0; i < total;) {
    size_t end = i;
    while (end < total && ctx.findings[end].path == ctx.findings[i].path) ++end;
    const std::string path = XmlEscape(ctx.Uri(ctx.findings[i].path, false));
    out << "  <testsuite name=\"" << path << "\" tests=\"" << end - i << "\" failures=\"" << end - i
        << "\" errors=\"0\">\n";
    for (; i < end; ++i) {
      const Finding& f = ctx.findings[i];
      const RuleMeta& m = f.rule->meta();
      const std::string message = XmlEscape(ctx.Text(f.message, false));
      out << "    <testcase name=\"" << m.id << ' ' << m.name << " at " << f.span.begin.line << ':'
          << f.span.begin.column << "\" classname=\"" << path << "\" file=\"" << path
          << "\" line=\"" << f.span.begin.line << "\">\n"
          << "      <failure message=\"" << message << "\" type=\"" << LevelName(f.level) << "\">"
          << path << ':' << f.span.begin.line << ':' << f.span.begin.column << ": "
          << LevelName(f.level) << ": " << message << " [" << m.id << ' ' << m.name << "] "
          << XmlEscape(HelpUri(m)) << "</failure>\n"
          << "    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace k8slint::report
