// Checkstyle XML (Jenkins Warnings NG, reviewdog -f=checkstyle, SonarQube): one <file>
// per file with findings, one <error> per finding.
#include "linter/report/report.h"
#include "linter/report/xml.h"

namespace k8slint::report {
namespace {

const char* CheckstyleSeverity(Level level) {
  switch (level) {
    case Level::kError: return "error";
    case Level::kWarning: return "warning";
    case Level::kNote: return "info";
  }
  return "info";
}

}  // namespace

void WriteCheckstyle(std::ostream& out, const ReportContext& ctx) {
  out << kXmlDeclaration << "<checkstyle version=\"4.3\">\n";
  const SharedPath* last = nullptr;
  for (const Finding& f : ctx.findings) {
    if (!last || *last != f.path) {
      if (last) out << "  </file>\n";
      last = &f.path;
      out << "  <file name=\"" << XmlEscape(ctx.Uri(f.path, false)) << "\">\n";
    }
    const RuleMeta& m = f.rule->meta();
    out << "    <error line=\"" << f.span.begin.line << "\" column=\"" << f.span.begin.column
        << "\" severity=\"" << CheckstyleSeverity(f.level) << "\" message=\""
        << XmlEscape(ctx.Text(f.message, false)) << " [" << m.id << ' ' << m.name
        << "]\" source=\"k8slint." << m.id << "\"/>\n";
  }
  if (last) out << "  </file>\n";
  out << "</checkstyle>\n";
}

}  // namespace k8slint::report
