// Standard input as an input (docs/cli.md#standard-input): `-`, or no PATH while stdin
// is a pipe or file that holds data. It is read whole (bounded by --max-file-size) before
// the run, so its kind can be sniffed when --type does not give it, and served to the
// engine from memory under the name reports use: `-`, or --stdin-filename. `helm
// template` output moves each finding to the template its `# Source:` comment names.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "linter/cli/lint_extension.h"
#include "linter/cli/rendered_map.h"
#include "linter/core/config.h"
#include "linter/core/kind.h"

namespace k8slint::cli {

// True when stdin is open and not a terminal: it may hold input when no PATH is given.
bool StdinMayHoldInput();

// The kind of `text` told by its content, or nullopt when it is none k8slint can tell:
// a Dockerfile (FROM or ARG first), Kubernetes manifests (apiVersion and kind, in YAML
// or JSON), a Chart.yaml (apiVersion v1/v2, name, version, no kind), an env file (only
// KEY=value lines).
std::optional<InputKind> SniffKind(std::string_view text);

class StdinInput : public LintExtension {
 public:
  // `filename`: --stdin-filename ("" for none); `forced`: --type.
  StdinInput(std::string filename, std::optional<InputKind> forced);
  ~StdinInput() override;

  // Reads stdin whole, up to `limit` bytes (more is reported as skipped). Returns 0, or
  // 2 after printing why.
  int Read(uint64_t limit);
  bool empty() const { return text_.empty() && !over_limit_; }
  // Picks the kind: --type, else --stdin-filename's name, else the content. `implicit`:
  // no PATH was given (an empty stdin is then an error: something upstream of the pipe
  // most likely failed). Returns 0, or 2 after printing why and how to pass the input.
  int Classify(const Config& config, bool implicit);

  void AddInputs(DiscoveryResult* inputs) override;
  const FileSystem& Files(const FileSystem& disk) override;
  void MapFindings(std::vector<Finding>* findings) override;
  bool ReadReported(const std::string& path, std::string* text) const override;

 private:
  std::string ChartFolder(const std::string& chart_name);

  std::string display_;  // "-" or --stdin-filename, normalised
  std::string path_;     // what the engine opens; display_ unless that is "-"
  std::optional<InputKind> forced_;
  InputKind kind_ = InputKind::kText;
  std::string text_;
  bool over_limit_ = false;
  bool excluded_ = false;
  uint64_t limit_ = 0;
  std::unique_ptr<MemoryOverlay> overlay_;
  const FileSystem* disk_ = nullptr;
  std::unique_ptr<RenderedMapper> mapper_;
  std::optional<std::map<std::string, std::string>> charts_;  // by name, found on first use
};

}  // namespace k8slint::cli
