// The lint run behind `k8slint [lint] [PATH...]` and `k8slint chart`: configuration,
// inputs (files, folders, standard input), the engine, the baseline and the report.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "linter/cli/lint_extension.h"
#include "linter/config/effective.h"

namespace k8slint::cli {

struct LintOptions {
  std::vector<std::string> paths;
  std::string config_file;
  std::string format = "text";
  std::string output;
  std::string type;
  std::string stdin_filename;
  std::vector<std::string> enable, disable;
  std::string fail_on;  // "" = the config file's, else warning
  bool no_redact = false;
  int jobs = 0;
  uint64_t max_file_size = 0;  // 0 = the config file's, else 64 MiB
  std::string powershell_target;
  std::string shell_fences;
  bool report_unused_ignores = false;
  bool statistics = false;
  std::string baseline;
  std::string write_baseline;
  std::string color = "auto";  // auto, always, never
  bool tracked_only = false;   // only files in the git index (the project hook)
};

// The --format values, in the order --help and docs/cli.md list them.
const std::vector<std::string>& ReportFormats();

// The flags that override the config file (see docs/configuration.md).
ConfigFlags Flags(const LintOptions& opt);

// Returns the exit code. `extension` (may be null) adds inputs and remaps findings.
int Lint(const LintOptions& opt, LintExtension* extension = nullptr);

}  // namespace k8slint::cli
