#include "linter/cli/chart.h"
#include "linter/cli/output.h"

#include <cstdint>
#include <algorithm>
#include <iostream>

#include "linter/helm/process.h"

namespace k8slint::cli {

CLI::App* AddChartCommand(CLI::App& app, ChartOptions* opt) {
  CLI::App* chart = app.add_subcommand(
      "chart", "Lint a Helm chart with what `helm template` renders from it (helm on PATH)");
  // --format, --fail-on, --enable and the other lint options belong to the main command.
  chart->fallthrough();
  chart->add_option("chart", opt->path, "Chart folder (holds Chart.yaml)");
  chart->add_option("--values", opt->values, "Values file for helm template (repeatable, in order)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  chart->add_option("--release", opt->release, "Release name for helm template");
  chart->add_option("--namespace", opt->namespace_name, "Namespace for helm template");
  return chart;
}

ChartRun::ChartRun(ChartOptions opt) : opt_(std::move(opt)), chart_(NormalizePath(opt_.path)) {}
ChartRun::~ChartRun() = default;

int ChartRun::Render() {
  DiskFileSystem disk;
  if (disk.Stat(chart_ + "/Chart.yaml", nullptr) != FileSystem::Type::kFile) {
    Error(opt_.path + ": not a Helm chart (no Chart.yaml)");
    return 2;
  }
  for (const std::string& v : opt_.values) {
    if (disk.Stat(v, nullptr) != FileSystem::Type::kFile) {
      Error(v + ": no such values file");
      return 2;
    }
  }
  std::vector<std::string> argv = {"helm", "template"};
  if (!opt_.release.empty()) argv.push_back(opt_.release);
  argv.push_back(chart_);
  if (!opt_.namespace_name.empty()) argv.insert(argv.end(), {"--namespace", opt_.namespace_name});
  for (const std::string& v : opt_.values) argv.insert(argv.end(), {"--values", v});

  helm::ProcessResult result;
  if (Status s = helm::RunProcess(argv, &result); !s.ok()) {
    Error(s.message());
    return 2;
  }
  if (!result.found) {
    // Exit 2, not a lint of what is left: a CI step must not pass with the templates
    // unchecked.
    Error("helm is not on PATH, so " + chart_ +
          "/templates cannot be rendered. Install helm "
          "(https://helm.sh/docs/intro/install/), or lint the chart's files without "
          "rendering: k8slint lint " +
          chart_);
    return 2;
  }
  if (result.exit_code != 0) {
    Error("helm template " + chart_ + " failed (exit " + std::to_string(result.exit_code) + ")" +
          (result.err.empty() ? "" : ":"));
    // helm's own errors may quote --set values: each line is cleaned like ours.
    std::string_view err = result.err;
    while (!err.empty()) {
      const size_t nl = err.find('\n');
      std::cerr << Clean(err.substr(0, nl)) << "\n";
      err = nl == std::string_view::npos ? std::string_view() : err.substr(nl + 1);
    }
    return 2;
  }
  rendered_ = true;
  rendered_path_ = chart_ + "/(helm template)";
  rendered_text_ = std::move(result.out);
  const std::string chart = chart_;
  mapper_ = std::make_unique<RenderedMapper>(rendered_path_, rendered_text_,
                                             [chart](const std::string&) { return chart; });
  return 0;
}

void ChartRun::AddInputs(DiscoveryResult* inputs) {
  // Values files live anywhere (deploy/values-prod.yaml); helm reads them as values.
  for (const std::string& v : opt_.values) {
    const std::string path = NormalizePath(v);
    auto it = std::find_if(inputs->files.begin(), inputs->files.end(),
                           [&](const InputFile& f) { return f.path == path; });
    if (it != inputs->files.end()) {
      it->kind = InputKind::kValues;
    } else {
      uint64_t size = 0;
      DiskFileSystem().Stat(path, &size);
      inputs->files.push_back({path, InputKind::kValues, true, size});
    }
  }
  if (rendered_)
    inputs->files.push_back({rendered_path_, InputKind::kManifest, true, rendered_text_.size()});
  std::sort(inputs->files.begin(), inputs->files.end(),
            [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
}

const FileSystem& ChartRun::Files(const FileSystem& disk) {
  disk_ = &disk;
  overlay_ = std::make_unique<MemoryOverlay>(disk, rendered_path_, rendered_text_);
  return *overlay_;
}

void ChartRun::MapFindings(std::vector<Finding>* findings) {
  if (!rendered_) return;
  mapper_->MapFindings(disk_ ? *disk_ : static_cast<const FileSystem&>(DiskFileSystem()),
                       /*keep_unknown=*/true, findings);
}

}  // namespace k8slint::cli
