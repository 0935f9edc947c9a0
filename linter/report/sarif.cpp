// SARIF 2.1.0 as GitHub code scanning ingests it. Every rule of the registry is
// listed in tool.driver.rules so ruleIndex is the registry index.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <algorithm>
#include <unordered_map>
#include <optional>

#include "linter/core/printable.h"
#include "linter/report/docs.h"
#include "linter/report/gzip_size.h"
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

namespace {

// Builds each result's JSON. Redacting a path or a message scans it for secrets, which
// was about two thirds of a result's cost (190 K instructions of 280 K, callgrind, the
// benchmark's scale 100), and a large log makes each result twice (measured, then
// written). Paths and messages repeat: results come sorted by path, related locations
// mostly name the finding's own file, and equal messages are one interned text. So each
// is redacted once per distinct text, remembered by the text's address (findings do not
// change while a report is written), in memos of bounded size.
class ResultBuilder {
 public:
  ResultBuilder(const ReportContext& ctx, size_t max_related)
      : ctx_(ctx), max_related_(max_related) {}

  json Result(const Finding& f) {
    json result = {{"ruleId", f.rule->meta().id},
                   {"ruleIndex", ctx_.registry.IndexOf(*f.rule)},
                   {"level", LevelName(f.level)},
                   {"message", {{"text", Message(f.message)}}},
                   {"locations", json::array({Location(f.path, f.span)})},
                   {"partialFingerprints", {{"k8slint/v1", FingerprintText(f.fingerprint)}}}};
    if (!f.related.empty()) {
      json related = json::array();
      int id = 0;
      for (const RelatedLocation& r : f.related) {
        if (related.size() >= max_related_) break;
        json loc = Location(r.path, r.span, &r.message.str());
        loc["id"] = id++;
        related.push_back(std::move(loc));
      }
      result["relatedLocations"] = std::move(related);
    }
    return result;
  }

 private:
  // Remembers up to kMemo texts made from strings that stay where they are.
  class Memo {
   public:
    template <typename Make>
    const std::string& Get(const std::string& key, const Make& make) {
      if (texts_.size() >= kMemo) texts_.clear();
      auto [it, fresh] = texts_.try_emplace(&key);
      if (fresh) it->second = make();
      return it->second;
    }

   private:
    static constexpr size_t kMemo = 1024;
    std::unordered_map<const std::string*, std::string> texts_;
  };

  const std::string& Message(const std::string& message) {
    return messages_.Get(message, [&] { return ctx_.Text(message, false); });
  }

  json Location(const std::string& path, const Span& span, const std::string* message = nullptr) {
    json artifact = {{"uri", uris_.Get(path, [&] {
                        const std::string uri = ctx_.uri(path);
                        return UriEncode(ctx_.redactor ? ctx_.redactor->Apply(uri) : uri);
                      })}};
    if (!ctx_.root_uri.empty()) artifact["uriBaseId"] = "%SRCROOT%";
    json loc = {{"physicalLocation", {{"artifactLocation", artifact}, {"region", Region(span)}}}};
    if (message && !message->empty()) loc["message"] = {{"text", Message(*message)}};
    return loc;
  }

  const ReportContext& ctx_;
  const size_t max_related_;
  Memo uris_, messages_;
};

}  // namespace

std::string SarifTrim::Describe(size_t total, const SarifLimits& limits) const {
  std::string out;
  if (results_dropped) {
    out = "SARIF: kept the " + std::to_string(total - results_dropped) + " most severe of " +
          std::to_string(total) + " results and dropped " + std::to_string(results_dropped) + " (" +
          std::to_string(dropped_by_level[2]) + " errors, " + std::to_string(dropped_by_level[1]) +
          " warnings, " + std::to_string(dropped_by_level[0]) +
          " notes): GitHub code scanning rejects a run " +
          (by_size ? "whose upload is over " +
                         (limits.max_gzip_bytes % 1000000 == 0
                              ? std::to_string(limits.max_gzip_bytes / 1000000) + " MB"
                              : std::to_string(limits.max_gzip_bytes) + " bytes") +
                         " gzip-compressed"
                   : "of more than " + std::to_string(limits.max_results) + " results") +
          "; the text or JSON report lists them all";
  }
  if (locations_dropped) {
    out += std::string(out.empty() ? "SARIF: " : "; ") + "dropped " +
           std::to_string(locations_dropped) + " related locations over GitHub's " +
           std::to_string(limits.max_locations) + " locations per result";
  }
  return out;
}

namespace {

constexpr uint64_t kHeldResultsBytes = 1'000'000;

// A result as it appears in runs[0].results of the document (see WriteJsonArray).
std::string ResultText(ResultBuilder& builder, const Finding& f) {
  const std::string pad(8, ' ');  // depth 3 + 1
  const std::string text = builder.Result(f).dump(2, ' ', false, json::error_handler_t::replace);
  std::string out = pad;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    out += c;
    if (c == '\n') out += pad;
  }
  return out;
}

}  // namespace

SarifTrim WriteSarif(std::ostream& out, const ReportContext& ctx, const SarifLimits& limits) {
  SarifTrim trim;
  const size_t max_related = limits.max_locations > 0 ? limits.max_locations - 1 : 0;
  for (const Finding& f : ctx.findings)
    if (f.related.size() > max_related) trim.locations_dropped += f.related.size() - max_related;

  // Which findings to keep: the most severe first, in report order within a level.
  std::vector<size_t> order(ctx.findings.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return ctx.findings[a].level > ctx.findings[b].level;
  });
  size_t keep = std::min(order.size(), limits.max_results);
  // Each kept result's size in the log; 0 for one left out. Their texts are held only
  // while they total under kHeldResultsBytes, which a usual run never passes; past it they
  // are made again where they are measured or written, one at a time. Held up to half the
  // size limit (5 MB), they were the report's largest block, and on two threads most of it
  // came from fresh memory: the freed holes of the other worker's heap cannot take them.
  std::vector<uint32_t> sizes(ctx.findings.size(), 0);
  for (size_t i = 0; i < keep; ++i) sizes[order[i]] = 1;
  ResultBuilder builder(ctx, max_related);
  const auto text_of = [&](size_t i) { return ResultText(builder, ctx.findings[i]); };
  std::vector<std::string> texts(ctx.findings.size());
  bool holding = true;
  // Past half the size limit the first pass also compresses the results at level 1: an
  // upper bound of level 6 that saves a second pass in the usual case of a large log that
  // still fits. Small runs never load zlib.
  std::optional<GzipCounter> estimate;
  const auto add_estimate = [&](std::string_view text) {
    estimate->Add(text);
    estimate->Add(",\n");
  };
  uint64_t results_bytes = 0;
  for (size_t i = 0; i < ctx.findings.size(); ++i) {
    if (sizes[i] == 0) continue;
    std::string text = text_of(i);
    sizes[i] = static_cast<uint32_t>(text.size());
    results_bytes += text.size() + 2;
    if (holding && results_bytes > std::min(kHeldResultsBytes, limits.max_gzip_bytes / 2)) {
      holding = false;
      std::vector<std::string>().swap(texts);
    }
    if (holding) {
      texts[i] = std::move(text);
    } else if (estimate) {
      add_estimate(text);
    } else if (results_bytes > limits.max_gzip_bytes / 2) {
      estimate.emplace(1);
      for (size_t j = 0; j < i; ++j)
        if (sizes[j] != 0) add_estimate(text_of(j));
      add_estimate(text);
    }
  }

  // Each kept result's text in report order: the held one, or made again.
  const auto for_each_kept = [&](const auto& use) {
    for (size_t i = 0; i < ctx.findings.size(); ++i) {
      if (sizes[i] == 0) continue;
      if (holding) {
        use(std::string_view(texts[i]));
      } else {
        use(std::string_view(text_of(i)));
      }
    }
  };

  // One tree for the log around its results, made once: the rules' metadata is most of it
  // (about 0.8 MB of text), and copied into a new document for each measurement it was
  // held three times over.
  json rules = json::array();
  for (const auto& r : ctx.registry.rules()) rules.push_back(RuleJson(r->meta()));
  // The results are streamed into the place of this marker (runs[0].results).
  constexpr std::string_view kMarker = "\"@k8slint-results@\"";
  json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", json::array({json::object()})}};
  json& run = sarif["runs"][0];
  run["tool"] = {{"driver",
                  {{"name", "k8slint"},
                   {"version", K8SLINT_VERSION},
                   {"semanticVersion", K8SLINT_VERSION},
                   {"informationUri", kInformationUri},
                   {"rules", std::move(rules)}}}};
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = kMarker.substr(1, kMarker.size() - 2);
  if (!ctx.root_uri.empty()) run["originalUriBaseIds"] = {{"%SRCROOT%", {{"uri", ctx.root_uri}}}};
  auto document = [&](size_t kept) {
    SarifTrim t = trim;
    t.results_dropped = order.size() - kept;
    for (size_t i = kept; i < order.size(); ++i)
      ++t.dropped_by_level[static_cast<int>(ctx.findings[order[i]].level)];
    run.erase("invocations");
    run.erase("properties");
    if (!t.empty()) {
      const std::string text = t.Describe(order.size(), limits);
      run["invocations"] =
          json::array({{{"executionSuccessful", true},
                        {"toolExecutionNotifications",
                         json::array({{{"level", "warning"},
                                       {"descriptor", {{"id", "k8slint/sarif-limits"}}},
                                       {"message", {{"text", text}}}}})}}});
      run["properties"] = {{"k8slint/resultsTotal", order.size()},
                           {"k8slint/resultsDropped", t.results_dropped},
                           {"k8slint/relatedLocationsDropped", t.locations_dropped}};
    }
    return std::make_pair(sarif.dump(2, ' ', false, json::error_handler_t::replace), t);
  };
  auto [frame, final_trim] = document(keep);

  // The size limit: measured only when the log could be over it uncompressed, then held
  // by dropping the least severe results, re-measured after each cut.
  for (int round = 0; round < 8; ++round) {
    const uint64_t raw = frame.size() + results_bytes;
    if (raw <= limits.max_gzip_bytes || keep == 0) break;
    if (round == 0 && estimate) {
      // Compressed apart, the frame and the results come out larger than together.
      const std::optional<uint64_t> results_gz = estimate->Finish();
      const std::optional<uint64_t> frame_gz = GzipSize(frame, 1);
      if (results_gz && frame_gz && *results_gz + *frame_gz <= limits.max_gzip_bytes) break;
    }
    const size_t at = frame.find(kMarker);
    GzipCounter counter;
    counter.Add(std::string_view(frame).substr(0, at));
    counter.Add("[\n");
    for_each_kept([&](std::string_view text) {
      counter.Add(text);
      counter.Add(",\n");
    });
    counter.Add(std::string_view(frame).substr(at + kMarker.size()));
    const std::optional<uint64_t> gz = counter.Finish();
    const uint64_t size = gz ? *gz : raw;
    if (size <= limits.max_gzip_bytes) break;
    // Aim 5% under, in proportion to what the results weigh compressed.
    const double ratio = static_cast<double>(size) / static_cast<double>(raw);
    const double budget = static_cast<double>(limits.max_gzip_bytes) * 0.95 / ratio -
                          static_cast<double>(frame.size());
    while (keep > 0 && (budget <= 0 || static_cast<double>(results_bytes) > budget)) {
      --keep;
      results_bytes -= sizes[order[keep]] + 2;
      sizes[order[keep]] = 0;
    }
    trim.by_size = true;
    std::tie(frame, final_trim) = document(keep);
  }

  json().swap(sarif);                     // the frame's text is all the rest needs
  const size_t at = frame.find(kMarker);  // keys sort before it, so no message can hold it
  out.write(frame.data(), static_cast<std::streamsize>(at));
  if (keep == 0) {
    out << "[]";
  } else {
    out << "[\n";
    size_t written = 0;
    for_each_kept([&](std::string_view text) { out << text << (++written < keep ? ",\n" : "\n"); });
    out << std::string(6, ' ') << ']';
  }
  out << frame.substr(at + kMarker.size()) << '\n';
  return final_trim;
}

}  // namespace k8slint::report
