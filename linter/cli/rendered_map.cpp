#include "linter/cli/rendered_map.h"

#include <cstdint>
#include <algorithm>
#include <filesystem>

#include "linter/engine/discovery.h"
#include "linter/helm/template_map.h"
#include "linter/vcs/git.h"

namespace k8slint::cli {

FileSystem::Type MemoryOverlay::Stat(const std::string& path, uint64_t* size) const {
  if (path != path_) return disk_.Stat(path, size);
  if (size) *size = text_.size();
  return Type::kFile;
}

Status MemoryOverlay::ListDir(const std::string& path, std::vector<Entry>* out) const {
  return disk_.ListDir(path, out);
}

Status MemoryOverlay::ReadFile(const std::string& path, uint64_t limit, std::string* out,
                               size_t probe) const {
  if (path != path_) return disk_.ReadFile(path, limit, out, probe);
  *out = text_.substr(0, limit);
  return Status::Ok();
}

RenderedMapper::RenderedMapper(std::string rendered_path, const std::string& text,
                               ChartFolder chart_folder)
    : rendered_path_(std::move(rendered_path)),
      output_(std::make_unique<helm::RenderedOutput>(text)),
      chart_folder_(std::move(chart_folder)) {}

RenderedMapper::~RenderedMapper() = default;

bool RenderedMapper::HasSources() const {
  // Every document helm renders starts with its comment; one probe per line is cheap.
  for (uint32_t line = 1; line < 64; ++line)
    if (!output_->SourceOf(line).empty()) return true;
  return false;
}

bool RenderedMapper::MapLocation(const FileSystem& fs, bool keep_unknown, SharedPath* path,
                                 Span* span, std::string* source, bool* unmapped) {
  *unmapped = false;
  if (*path != rendered_path_) return false;
  *source = output_->SourceOf(span->begin.line);
  // "<chart>/templates/x.yaml", or "<chart>/charts/<sub>/templates/x.yaml" for subcharts.
  const size_t slash = source->find('/');
  if (slash == std::string::npos) return false;
  const std::string folder = chart_folder_(source->substr(0, slash));
  std::string text;
  if (!folder.empty()) {
    const std::string file = folder + source->substr(slash);
    auto it = templates_.find(file);
    if (it == templates_.end()) {
      if (!fs.ReadFile(file, 64ull << 20, &text).ok()) text.clear();
      it = templates_.emplace(file, std::move(text)).first;
    }
    if (!it->second.empty()) {
      const helm::TemplatePosition p =
          output_->Map(span->begin.line, span->begin.column, it->second);
      *path = file;
      // Without a matching line the finding still names the right file.
      *span = p.line ? Span{{p.line, p.column}, {p.line, p.end_column}} : Span::At(1, 1);
      return true;
    }
  }
  if (keep_unknown) return false;
  *unmapped = true;
  *path = *source;
  *span = Span::At(1, 1);
  return true;
}

void RenderedMapper::MapFindings(const FileSystem& fs, bool keep_unknown,
                                 std::vector<Finding>* findings) {
  for (Finding& f : *findings) {
    std::string source;
    bool unmapped = false;
    const uint32_t rendered_line = f.span.begin.line;
    if (MapLocation(fs, keep_unknown, &f.path, &f.span, &source, &unmapped)) {
      // Manifest rules may have named the template already.
      const std::string named = "(from template " + source + ")";
      const std::string with_line = unmapped ? "(from template " + source + ", rendered line " +
                                                   std::to_string(rendered_line) + ")"
                                             : named;
      std::string message = f.message;
      if (const size_t at = message.find(named); at != std::string::npos)
        f.message = message.replace(at, named.size(), with_line);
      else if (message.find("(from template ") == std::string::npos)
        f.message = message + " " + with_line;
    }
    for (RelatedLocation& r : f.related)
      MapLocation(fs, keep_unknown, &r.path, &r.span, &source, &unmapped);
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

namespace {

// The `name:` of a Chart.yaml, read as a line: no YAML parse for a lookup.
std::string ChartName(const std::string& text) {
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + at, end - at);
    at = end + 1;
    if (!line.starts_with("name:")) continue;
    line.remove_prefix(5);
    if (const size_t hash = line.find(" #"); hash != std::string_view::npos)
      line = line.substr(0, hash);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
      line.remove_suffix(1);
    if (line.size() >= 2 && (line.front() == '"' || line.front() == '\'') &&
        line.back() == line.front())
      line = line.substr(1, line.size() - 2);
    return std::string(line);
  }
  return "";
}

}  // namespace

std::map<std::string, std::string> ChartFoldersByName(const std::string& start) {
  namespace fs = std::filesystem;
  std::map<std::string, std::string> out;
  DiskFileSystem disk;
  GitRepos git(start);
  // The whole work tree: `helm template ../chart` is run from a subfolder too.
  std::string root = start;
  if (git.primary()) {
    std::error_code ec;
    root = fs::relative(git.primary()->workdir(), fs::current_path(ec), ec).generic_string();
    if (ec || root.empty()) root = start;
  }
  DiscoveryResult found;
  if (!Discover(disk, &git, {root}, std::nullopt, Config{}, &found).ok()) return out;
  for (const InputFile& f : found.files) {
    if (f.kind != InputKind::kChart) continue;
    std::string text;
    if (!disk.ReadFile(f.path, 1 << 20, &text).ok()) continue;
    const std::string name = ChartName(text);
    if (name.empty()) continue;
    const size_t slash = f.path.rfind('/');
    const std::string folder =
        NormalizePath(slash == std::string::npos ? "." : f.path.substr(0, slash));
    auto [it, inserted] = out.emplace(name, folder);
    if (!inserted) it->second.clear();  // two charts of one name: no guess
  }
  return out;
}

}  // namespace k8slint::cli
