// `k8slint chart PATH [--values FILE ...]`: lints a Helm chart together with what it
// renders. With helm on PATH, `helm template` output is linted as manifests (held in
// memory, never written) and each finding is moved to the template line it came from;
// without helm, it stops with exit 2 and says how to install helm or lint the chart's
// files without rendering.
#pragma once

#include <CLI/CLI.hpp>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "linter/cli/lint_extension.h"
#include "linter/cli/rendered_map.h"
#include "linter/core/filesystem.h"

namespace k8slint::cli {

struct ChartOptions {
  std::string path;
  std::vector<std::string> values;  // passed to helm in order; later files win
  std::string release;              // "" for helm's default, "release-name"
  std::string namespace_name;
};

// Declares the subcommand on `app`; lint options fall through to `app`.
CLI::App* AddChartCommand(CLI::App& app, ChartOptions* opt);

class ChartRun : public LintExtension {
 public:
  explicit ChartRun(ChartOptions opt);
  ~ChartRun() override;

  // Checks the chart and renders it with helm. Returns 0, or 2 after printing the
  // reason on stderr (not a chart, missing values file, no helm, helm failed).
  int Render();
  // The folder to lint (normalised).
  const std::string& chart() const { return chart_; }

  void AddInputs(DiscoveryResult* inputs) override;
  const FileSystem& Files(const FileSystem& disk) override;
  void MapFindings(std::vector<Finding>* findings) override;

 private:
  ChartOptions opt_;
  std::string chart_;
  bool rendered_ = false;
  std::string rendered_path_;  // a name for the output in reports, not a real file
  std::string rendered_text_;
  std::unique_ptr<RenderedMapper> mapper_;  // views rendered_text_
  std::unique_ptr<MemoryOverlay> overlay_;
  const FileSystem* disk_ = nullptr;
};

}  // namespace k8slint::cli
