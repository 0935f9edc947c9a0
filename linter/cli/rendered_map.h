// `helm template` output linted as one in-memory file: an overlay that serves it under a
// report name, and the pass that moves each finding in it to the chart template its
// `# Source:` comment names (linter/helm/template_map.h), so a report points at the file
// a user edits. Shared by `k8slint chart` (which rendered the chart itself) and stdin
// (`helm template ./chart | k8slint`).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "linter/core/filesystem.h"
#include "linter/core/finding.h"

namespace k8slint::helm {
class RenderedOutput;
}

namespace k8slint::cli {

// The disk, plus one file held in memory under `path`.
class MemoryOverlay : public FileSystem {
 public:
  MemoryOverlay(const FileSystem& disk, const std::string& path, const std::string& text)
      : disk_(disk), path_(path), text_(text) {}
  Type Stat(const std::string& path, uint64_t* size) const override;
  Status ListDir(const std::string& path, std::vector<Entry>* out) const override;
  Status ReadFile(const std::string& path, uint64_t limit, std::string* out,
                  size_t probe = 0) const override;

 private:
  const FileSystem& disk_;
  const std::string& path_;
  const std::string& text_;
};

class RenderedMapper {
 public:
  // The folder of the chart a `# Source:` path's first component names ("web" of
  // "web/templates/x.yaml"), or "" when it is not known.
  using ChartFolder = std::function<std::string(const std::string& chart_name)>;

  // REQUIRES: `text` outlives this object. `rendered_path` is the report name of the text.
  RenderedMapper(std::string rendered_path, const std::string& text, ChartFolder chart_folder);
  ~RenderedMapper();

  // True when helm wrote at least one `# Source:` comment.
  bool HasSources() const;
  // Moves findings (and related locations) in the rendered text to their templates, then
  // sorts them and drops the copies a template rendered several times gives.
  // `keep_unknown`: a finding whose template file is not found keeps its rendered place
  // (true) or moves to the `# Source:` path as written, line 1 (false).
  void MapFindings(const FileSystem& fs, bool keep_unknown, std::vector<Finding>* findings);

 private:
  bool MapLocation(const FileSystem& fs, bool keep_unknown, SharedPath* path, Span* span,
                   std::string* source, bool* unmapped);

  std::string rendered_path_;
  std::unique_ptr<helm::RenderedOutput> output_;
  ChartFolder chart_folder_;
  std::map<std::string, std::string> templates_;  // path -> text, read once
};

// Chart folders of the git work tree holding `start` (or under `start` outside git),
// walked like discovery (.gitignore honoured), by the `name:` of their Chart.yaml; a
// name two charts share maps to "". Paths are relative to the working directory.
std::map<std::string, std::string> ChartFoldersByName(const std::string& start);

}  // namespace k8slint::cli
