// SARIF 2.1.0 as GitHub code scanning ingests it. Every rule of the registry is
// listed in tool.driver.rules so ruleIndex is the registry index.
#include <nlohmann/json.hpp>

#include "linter/core/printable.h"
#include "linter/report/docs.h"
#include "linter/report/json_stream.h"
#include "linter/report/report.h"

namespace k8slint::report {
namespace {

using nlohmann::json;

json Region(const Span& s) {
  return {{"startLine", s.begin.line},
          {"startColumn", s.begin.column},
          {"endLine", s.end.line},
          // SARIF end columns are exclusive; ours are inclusive.
          {"endColumn", s.end.column + 1}};
}

// A URI keeps printable ASCII and valid UTF-8 as they are (GitHub shows them) and
// percent-encodes the rest: blanks, controls, '%', the delimiters that would end the
// path ('#', '?', '[', ']'), and bytes that are not UTF-8, so a file name of any bytes
// maps to a valid URI and back.
std::string UriEncode(const std::string& s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    bool encode = c <= 0x20 || c == 0x7F || c == '%' || c == '\\' || c == '#' || c == '?' ||
                  c == '[' || c == ']';
    if (c >= 0x80) {
      // Encode a whole non-ASCII sequence unless Printable keeps it as it is.
      size_t n = 1;
      while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
      const std::string_view seq(s.data() + i, n);
      encode = Printable(seq) != seq;
      if (!encode) {
        out.append(seq);
        i += n - 1;
        continue;
      }
    }
    if (!encode) {
      out += static_cast<char>(c);
      continue;
    }
    out += '%';
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

json Location(const ReportContext& ctx, const std::string& path, const Span& span,
              const std::string& message = "") {
  json artifact = {
      {"uri", UriEncode(ctx.redactor ? ctx.redactor->Apply(ctx.uri(path)) : ctx.uri(path))}};
  if (!ctx.root_uri.empty()) artifact["uriBaseId"] = "%SRCROOT%";
  json loc = {{"physicalLocation", {{"artifactLocation", artifact}, {"region", Region(span)}}}};
  if (!message.empty()) loc["message"] = {{"text", ctx.Text(message, false)}};
  return loc;
}

json RuleJson(const RuleMeta& m) {
  std::vector<std::string> tags(m.tags.begin(), m.tags.end());
  json props = {{"aliases", m.aliases}, {"tags", tags}};
  if (!m.security_severity.empty()) {
    props["security-severity"] = std::string(m.security_severity);
    if (std::find(tags.begin(), tags.end(), "security") == tags.end())
      tags.emplace_back("security");
    props["tags"] = tags;
  }
  return {{"id", m.id},
          {"name", m.name},
          {"shortDescription", {{"text", std::string(m.summary) + "."}}},
          {"fullDescription", {{"text", m.details}}},
          {"help", {{"text", RuleExplainText(m)}, {"markdown", RuleMarkdown(m)}}},
          {"helpUri", HelpUri(m)},
          {"defaultConfiguration", {{"level", LevelName(m.level)}}},
          {"properties", props}};
}

}  // namespace

std::string HelpUri(const RuleMeta& meta) {
  return std::string(kInformationUri) + "/blob/main/docs/rules/" + std::string(meta.id) + ".md";
}

json ResultJson(const ReportContext& ctx, const Finding& f) {
  json result = {{"ruleId", f.rule->meta().id},
                 {"ruleIndex", ctx.registry.IndexOf(*f.rule)},
                 {"level", LevelName(f.level)},
                 {"message", {{"text", ctx.Text(f.message, false)}}},
                 {"locations", json::array({Location(ctx, f.path, f.span)})},
                 {"partialFingerprints", {{"k8slint/v1", f.fingerprint}}}};
  if (!f.related.empty()) {
    json related = json::array();
    int id = 0;
    for (const RelatedLocation& r : f.related) {
      json loc = Location(ctx, r.path, r.span, r.message);
      loc["id"] = id++;
      related.push_back(std::move(loc));
    }
    result["relatedLocations"] = std::move(related);
  }
  return result;
}

void WriteSarif(std::ostream& out, const ReportContext& ctx) {
  json rules = json::array();
  for (const auto& r : ctx.registry.rules()) rules.push_back(RuleJson(r->meta()));
  // The results are streamed into the place of this marker (runs[0].results).
  constexpr std::string_view kMarker = "\"@k8slint-results@\"";
  json run = {{"tool",
               {{"driver",
                 {{"name", "k8slint"},
                  {"version", K8SLINT_VERSION},
                  {"semanticVersion", K8SLINT_VERSION},
                  {"informationUri", kInformationUri},
                  {"rules", rules}}}}},
              {"columnKind", "unicodeCodePoints"},
              {"results", kMarker.substr(1, kMarker.size() - 2)}};
  if (!ctx.root_uri.empty()) run["originalUriBaseIds"] = {{"%SRCROOT%", {{"uri", ctx.root_uri}}}};
  json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", json::array({run})}};
  const std::string text = sarif.dump(2, ' ', false, json::error_handler_t::replace);
  const size_t at = text.find(kMarker);  // keys sort before it, so no message can hold it
  out.write(text.data(), static_cast<std::streamsize>(at));
  // runs (1) > run object (2) > results array: depth 3 below the document.
  WriteJsonArray(out, ctx.findings.size(), 3,
                 [&](size_t i) { return ResultJson(ctx, ctx.findings[i]); });
  out << text.substr(at + kMarker.size()) << '\n';
}

}  // namespace k8slint::report
