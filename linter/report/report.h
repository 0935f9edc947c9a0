// Reporters: render findings as text, SARIF 2.1.0, JSON, GitHub workflow commands,
// JUnit and Checkstyle XML, GitLab Code Quality and reviewdog's rdjson (docs/output.md).
#pragma once

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "linter/core/finding.h"
#include "linter/core/redact.h"
#include "linter/core/registry.h"

namespace k8slint::report {

struct ReportContext {
  const Registry& registry;
  const std::vector<Finding>& findings;  // sorted
  size_t files_linted = 0;               // read by at least one rule family of their kind
  size_t files_scanned = 0;              // of no input kind: read for secrets only
  size_t baseline_hidden = 0;            // findings --baseline left out
  bool baseline = false;                 // --baseline was given
  bool color = false;                    // text only
  // Maps a finding path to a repository-relative URI (SARIF, github).
  std::function<std::string(const std::string&)> uri = [](const std::string& p) { return p; };
  // file:// URI of the folder SARIF URIs are relative to (with a trailing '/'); "" for none.
  std::string root_uri;
  // Every path and message passes through it before it is written (null: secrets are
  // left as the engine redacted them).
  const Redactor* redactor = nullptr;
  // Reads a finding's file as the engine read it (stdin and rendered output included),
  // for formats that count columns in bytes (rdjson); unset: columns stay code points.
  std::function<bool(const std::string& path, std::string* text)> read;

  // A message or label, redacted and escaped (linter/core/printable.h); `workflow` for
  // formats a CI runner reads as its log (text, github).
  std::string Text(std::string_view s, bool workflow) const;
  // A finding's path as given (text) or mapped by `uri` (the others), the same way.
  std::string Path(const std::string& path, bool workflow) const;
  std::string Uri(const std::string& path, bool workflow) const;
};

void WriteText(std::ostream& out, const ReportContext& ctx);
// The closing line of the text report: `3 findings (...) in 1 file; 2 linted`.
std::string SummaryLine(const ReportContext& ctx);
void WriteJson(std::ostream& out, const ReportContext& ctx);
void WriteGithub(std::ostream& out, const ReportContext& ctx);
void WriteJunit(std::ostream& out, const ReportContext& ctx);
void WriteCheckstyle(std::ostream& out, const ReportContext& ctx);
void WriteGitlab(std::ostream& out, const ReportContext& ctx);
void WriteRdjson(std::ostream& out, const ReportContext& ctx);

// GitHub code scanning's upload limits (docs.github.com: "SARIF support for code
// scanning", upload limits): a log over one is rejected whole.
struct SarifLimits {
  size_t max_results = 25000;            // per run
  size_t max_locations = 1000;           // per result: locations plus relatedLocations
  uint64_t max_gzip_bytes = 10'000'000;  // the upload, gzip-compressed
};
// What WriteSarif left out to stay within the limits; empty() when nothing.
struct SarifTrim {
  size_t results_dropped = 0;
  size_t dropped_by_level[3] = {0, 0, 0};  // note, warning, error (Level order)
  size_t locations_dropped = 0;            // related locations, over all results
  bool by_size = false;                    // results dropped for the size limit
  bool empty() const { return results_dropped == 0 && locations_dropped == 0; }
  // One sentence for stderr and the log's toolExecutionNotifications.
  std::string Describe(size_t total, const SarifLimits& limits) const;
};
// Keeps the most severe results when there are more than `limits` allow, and says so
// in the log (invocations[0].toolExecutionNotifications, run.properties).
SarifTrim WriteSarif(std::ostream& out, const ReportContext& ctx, const SarifLimits& limits = {});

// A count of findings per rule, most first (`--statistics`): a table, or JSON.
void WriteStatistics(std::ostream& out, const ReportContext& ctx, bool json);

// Where a rule's documentation lives.
std::string HelpUri(const RuleMeta& meta);
inline constexpr const char* kInformationUri = "https://github.com/k8slint/k8slint";

}  // namespace k8slint::report
