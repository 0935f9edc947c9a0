// Reporters: render findings as text, SARIF 2.1.0, JSON or GitHub workflow commands.
#pragma once

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
  size_t files_linted = 0;
  bool color = false;  // text only
  // Maps a finding path to a repository-relative URI (SARIF, github).
  std::function<std::string(const std::string&)> uri = [](const std::string& p) { return p; };
  // file:// URI of the folder SARIF URIs are relative to (with a trailing '/'); "" for none.
  std::string root_uri;
  // Every path and message passes through it before it is written (null: secrets are
  // left as the engine redacted them).
  const Redactor* redactor = nullptr;

  // A message or label, redacted and escaped (linter/core/printable.h); `workflow` for
  // formats a CI runner reads as its log (text, github).
  std::string Text(std::string_view s, bool workflow) const;
  // A finding's path as given (text) or mapped by `uri` (the others), the same way.
  std::string Path(const std::string& path, bool workflow) const;
  std::string Uri(const std::string& path, bool workflow) const;
};

void WriteText(std::ostream& out, const ReportContext& ctx);
void WriteJson(std::ostream& out, const ReportContext& ctx);
void WriteSarif(std::ostream& out, const ReportContext& ctx);
void WriteGithub(std::ostream& out, const ReportContext& ctx);
// A count of findings per rule, most first (`--statistics`): a table, or JSON.
void WriteStatistics(std::ostream& out, const ReportContext& ctx, bool json);

// Where a rule's documentation lives.
std::string HelpUri(const RuleMeta& meta);
inline constexpr const char* kInformationUri = "https://github.com/k8slint/k8slint";

}  // namespace k8slint::report
