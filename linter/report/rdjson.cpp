// reviewdog's Diagnostic Format, rdjson (github.com/reviewdog/reviewdog/tree/master/proto/rdf):
// one DiagnosticResult object. Its columns count UTF-8 bytes, where k8slint's count code
// points, so each position is converted on its line.
#include <cstdint>
#include <nlohmann/json.hpp>

#include "linter/report/json_stream.h"
#include "linter/report/report.h"

namespace k8slint::report {
namespace {

const char* RdjsonSeverity(Level level) {
  switch (level) {
    case Level::kError: return "ERROR";
    case Level::kWarning: return "WARNING";
    case Level::kNote: return "INFO";
  }
  return "INFO";
}

// Byte columns of code-point columns, reading each file once (findings come sorted by
// path, so one file is held at a time; related locations elsewhere are read on demand).
class ByteColumns {
 public:
  explicit ByteColumns(const ReportContext& ctx) : read_(ctx.read) {}

  uint32_t Column(const std::string& path, uint32_t line, uint32_t column) {
    if (!read_ || column <= 1 || line == 0) return column;
    if (path != path_) {
      path_ = path;
      text_.clear();
      if (!read_(path, &text_)) text_.clear();
      if (text_.starts_with("\xEF\xBB\xBF")) text_.erase(0, 3);  // SourceFile drops it too
      starts_ = {0};
      for (size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') starts_.push_back(i + 1);
    }
    if (line > starts_.size()) return column;
    const size_t begin = starts_[line - 1];
    size_t at = begin;
    // Each code point before `column` is one lead byte plus its continuation bytes.
    for (uint32_t cp = 1; cp < column && at < text_.size() && text_[at] != '\n'; ++cp) {
      ++at;
      while (at < text_.size() && (static_cast<unsigned char>(text_[at]) & 0xC0) == 0x80) ++at;
    }
    return static_cast<uint32_t>(at - begin + 1);
  }

 private:
  std::function<bool(const std::string&, std::string*)> read_;
  std::string path_, text_;
  std::vector<size_t> starts_;
};

}  // namespace

void WriteRdjson(std::ostream& out, const ReportContext& ctx) {
  ByteColumns cols(ctx), related_cols(ctx);
  auto location = [&](ByteColumns& c, const std::string& path, const Span& span) {
    // rdjson's end is exclusive; ours is inclusive.
    return nlohmann::json{{"path", ctx.Uri(path, false)},
                          {"range",
                           {{"start",
                             {{"line", span.begin.line},
                              {"column", c.Column(path, span.begin.line, span.begin.column)}}},
                            {"end",
                             {{"line", span.end.line},
                              {"column", c.Column(path, span.end.line, span.end.column + 1)}}}}}};
  };
  // {"diagnostics": [...], "source": {...}}, keys sorted as nlohmann sorts them.
  out << "{\n  \"diagnostics\": ";
  WriteJsonArray(out, ctx.findings.size(), 1, [&](size_t i) {
    const Finding& f = ctx.findings[i];
    const RuleMeta& m = f.rule->meta();
    std::string message = ctx.Text(f.message, false);
    if (message.empty()) message = std::string(m.name);  // the schema wants one character
    nlohmann::json d = {{"message", message},
                        {"location", location(cols, f.path, f.span)},
                        {"severity", RdjsonSeverity(f.level)},
                        {"code", {{"value", std::string(m.id)}, {"url", HelpUri(m)}}}};
    if (!f.related.empty()) {
      nlohmann::json related = nlohmann::json::array();
      for (const RelatedLocation& r : f.related)
        related.push_back({{"message", ctx.Text(r.message, false)},
                           {"location", location(related_cols, r.path, r.span)}});
      d["related_locations"] = std::move(related);
    }
    return d;
  });
  out << ",\n  \"source\": {\n    \"name\": \"k8slint\",\n"
      << "    \"url\": \"" << kInformationUri << "\"\n  }\n}\n";
}

}  // namespace k8slint::report
