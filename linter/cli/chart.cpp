#include "linter/cli/chart.h"
#include "linter/cli/output.h"

#include <algorithm>
#include <iostream>

#include "linter/helm/process.h"
#include "linter/helm/template_map.h"
#include "rules/k8l/k8l004_skipped_file.h"

namespace k8slint::cli {

// The disk, plus the rendered output under its report name.
class ChartRun::Overlay : public FileSystem {
 public:
  Overlay(const FileSystem& disk, const std::string& path, const std::string& text)
      : disk_(disk), path_(path), text_(text) {}
  Type Stat(const std::string& path, uint64_t* size) const override {
    if (path != path_) return disk_.Stat(path, size);
    if (size) *size = text_.size();
    return Type::kFile;
  }
  Status ListDir(const std::string& path, std::vector<Entry>* out) const override {
    return disk_.ListDir(path, out);
  }
  Status ReadFile(const std::string& path, uint64_t limit, std::string* out,
                  size_t probe = 0) const override {
    if (path != path_) return disk_.ReadFile(path, limit, out, probe);
    *out = text_.substr(0, limit);
    return Status::Ok();
  }

 private:
  const FileSystem& disk_;
  const std::string& path_;
  const std::string& text_;
};

CLI::App* AddChartCommand(CLI::App& app, ChartOptions* opt) {
  CLI::App* chart = app.add_subcommand(
      "chart", "Lint a Helm chart with what `helm template` renders from it (helm on PATH)");
  // --format, --fail-on, --enable and the other lint options belong to the main command.
  chart->fallthrough();
  chart->add_option("chart", opt->path, "Chart folder (holds Chart.yaml)")->required();
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
    Error("note: helm is not on PATH, so " + chart_ +
          "/templates were not rendered; linting Chart.yaml and values files only");
    return 0;
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
  output_ = std::make_unique<helm::RenderedOutput>(rendered_text_);
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
  if (rendered_) {
    inputs->files.push_back({rendered_path_, InputKind::kManifest, true, rendered_text_.size()});
  } else if (DiskFileSystem().Stat(chart_ + "/templates", nullptr) == FileSystem::Type::kDir) {
    inputs->notices.push_back(
        {chart_ + "/templates", std::string(rules::kSkippedFile),
         "templates not rendered: helm is not on PATH, so only Chart.yaml, values files and "
         "secrets in templates were checked"});
  }
  std::sort(inputs->files.begin(), inputs->files.end(),
            [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
}

const FileSystem& ChartRun::Files(const FileSystem& disk) {
  disk_ = &disk;
  overlay_ = std::make_unique<Overlay>(disk, rendered_path_, rendered_text_);
  return *overlay_;
}

bool ChartRun::MapLocation(std::string* path, Span* span, std::string* source) {
  if (!rendered_ || *path != rendered_path_) return false;
  *source = output_->SourceOf(span->begin.line);
  // "<chart>/templates/x.yaml", or "<chart>/charts/<sub>/templates/x.yaml" for subcharts.
  const size_t slash = source->find('/');
  if (slash == std::string::npos) return false;
  const std::string file = chart_ + source->substr(slash);
  auto it = templates_.find(file);
  if (it == templates_.end()) {
    std::string text;
    const FileSystem& fs = disk_ ? *disk_ : static_cast<const FileSystem&>(DiskFileSystem());
    if (!fs.ReadFile(file, 64ull << 20, &text).ok()) text.clear();
    it = templates_.emplace(file, std::move(text)).first;
  }
  if (it->second.empty()) return false;
  const helm::TemplatePosition p = output_->Map(span->begin.line, span->begin.column, it->second);
  *path = file;
  // Without a matching line the finding still names the right file.
  *span = p.line ? Span{{p.line, p.column}, {p.line, p.end_column}} : Span::At(1, 1);
  return true;
}

void ChartRun::MapFindings(std::vector<Finding>* findings) {
  if (!rendered_) return;
  for (Finding& f : *findings) {
    std::string source;
    if (MapLocation(&f.path, &f.span, &source) &&
        f.message.find("(from template ") == std::string::npos)
      f.message += " (from template " + source + ")";
    for (RelatedLocation& r : f.related) MapLocation(&r.path, &r.span, &source);
  }
  std::sort(findings->begin(), findings->end(), FindingLess);
  // A template rendered several times (a range, a subchart used twice) gives the same
  // finding once per copy: report it once.
  findings->erase(std::unique(findings->begin(), findings->end(),
                              [](const Finding& a, const Finding& b) {
                                return a.rule == b.rule && a.path == b.path && a.span == b.span &&
                                       a.message == b.message;
                              }),
                  findings->end());
}

}  // namespace k8slint::cli
