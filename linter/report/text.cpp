#include <map>

#include "linter/report/report.h"

namespace k8slint::report {
namespace {

const char* Color(Level level) {
  switch (level) {
    case Level::kError: return "\x1b[31m";
    case Level::kWarning: return "\x1b[33m";
    case Level::kNote: return "\x1b[36m";
  }
  return "";
}

std::string Plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

std::string SummaryLine(const ReportContext& ctx) {
  std::map<Level, size_t> counts;
  size_t files = 0;
  const SharedPath* last_path = nullptr;
  for (const Finding& f : ctx.findings) {
    ++counts[f.level];
    if (!last_path || *last_path != f.path) ++files;
    last_path = &f.path;
  }
  std::string line = Plural(ctx.findings.size(), "finding") + " (" +
                     Plural(counts[Level::kError], "error") + ", " +
                     Plural(counts[Level::kWarning], "warning") + ", " +
                     Plural(counts[Level::kNote], "note") + ") in " + Plural(files, "file") + "; " +
                     std::to_string(ctx.files_linted) + " linted";
  if (ctx.files_scanned > 0)
    line += ", " + std::to_string(ctx.files_scanned) + " scanned for secrets only";
  if (ctx.baseline) line += "; " + std::to_string(ctx.baseline_hidden) + " hidden by the baseline";
  return line;
}

void WriteText(std::ostream& out, const ReportContext& ctx) {
  const SharedPath* last_path = nullptr;
  for (const Finding& f : ctx.findings) {
    if (!last_path || *last_path != f.path) {
      if (last_path) out << '\n';
      last_path = &f.path;
    }
    const RuleMeta& m = f.rule->meta();
    out << ctx.Path(f.path, true) << ':' << f.span.begin.line << ':' << f.span.begin.column << ": ";
    if (ctx.color) out << Color(f.level);
    out << LevelName(f.level);
    if (ctx.color) out << "\x1b[0m";
    out << ": " << ctx.Text(f.message, true) << " [" << m.id << ' ' << m.name << "]\n";
    for (const RelatedLocation& r : f.related)
      out << "    " << ctx.Path(r.path, true) << ':' << r.span.begin.line << ':'
          << r.span.begin.column << ": " << ctx.Text(r.message, true) << '\n';
  }
  if (!ctx.findings.empty()) out << '\n';
  out << SummaryLine(ctx) << '\n';
}

}  // namespace k8slint::report
