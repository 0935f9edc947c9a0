#include "linter/report/report.h"

namespace k8slint::report {
namespace {

// Workflow-command escaping: data escapes %, CR, LF; properties also ':' and ','. The
// text is already Printable (no control character, no `##[`), so no line break can
// start another command.
std::string Escape(std::string_view s, bool property) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

const char* Command(Level level) {
  switch (level) {
    case Level::kError: return "error";
    case Level::kWarning: return "warning";
    case Level::kNote: return "notice";
  }
  return "notice";
}

}  // namespace

void WriteGithub(std::ostream& out, const ReportContext& ctx) {
  for (const Finding& f : ctx.findings) {
    const RuleMeta& m = f.rule->meta();
    out << "::" << Command(f.level) << " file=" << Escape(ctx.Uri(f.path, true), true)
        << ",line=" << f.span.begin.line << ",col=" << f.span.begin.column
        << ",endLine=" << f.span.end.line << ",endColumn=" << f.span.end.column
        << ",title=" << Escape(std::string(m.id) + " " + std::string(m.name), true)
        << "::" << Escape(ctx.Text(f.message, true), false) << '\n';
  }
}

}  // namespace k8slint::report
