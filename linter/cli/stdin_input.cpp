#include "linter/cli/stdin_input.h"

#include <cstdint>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "linter/cli/output.h"
#include "linter/engine/discovery.h"
#include "rules/k8l/k8l004_skipped_file.h"

namespace k8slint::cli {
namespace {

// What the engine opens for an unnamed stdin: absolute and outside every git work
// tree, so no rule asks git about it (SE024 treats it as in no repository, as it
// always treated `-`). Reports show `-`.
constexpr std::string_view kUnnamedPath = "/dev/stdin";

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool IsKeyChar(char c, bool first) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
         (!first && ((c >= '0' && c <= '9') || c == '.'));
}

// `KEY=value` or `export KEY=value`; sets `*open_quote` when a quoted value goes on to
// the next lines.
bool EnvLine(std::string_view line, char* open_quote) {
  if (line.starts_with("export ")) line = Trim(line.substr(7));
  size_t i = 0;
  while (i < line.size() && IsKeyChar(line[i], i == 0)) ++i;
  if (i == 0 || i >= line.size() || line[i] != '=') return false;
  const std::string_view value = line.substr(i + 1);
  if (!value.empty() && (value.front() == '"' || value.front() == '\'') &&
      value.find(value.front(), 1) == std::string_view::npos)
    *open_quote = value.front();
  return true;
}

bool StartsWithWord(std::string_view line, std::string_view word) {
  if (line.size() <= word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (std::toupper(static_cast<unsigned char>(line[i])) != word[i]) return false;
  return line[word.size()] == ' ' || line[word.size()] == '\t';
}

}  // namespace

bool StdinMayHoldInput() {
  struct stat st;
  if (::fstat(STDIN_FILENO, &st) != 0) return false;  // closed
  return !::isatty(STDIN_FILENO);
}

std::optional<InputKind> SniffKind(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::string_view all = Trim(text);
  if (all.starts_with("{") || all.starts_with("[")) {  // JSON manifests (kubectl -o json)
    if (all.find("\"apiVersion\"") != std::string_view::npos &&
        all.find("\"kind\"") != std::string_view::npos)
      return InputKind::kManifest;
    return std::nullopt;
  }
  bool first_seen = false, dockerfile = false;
  bool api = false, chart_api = false, kind = false, name = false, version = false;
  bool env = true;
  size_t env_lines = 0;
  char open_quote = 0;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(at, end - at);
    at = end + 1;
    const std::string_view line = Trim(raw);
    if (open_quote) {
      if (line.find(open_quote) != std::string_view::npos) open_quote = 0;
      continue;
    }
    if (line.empty() || line.starts_with("#")) continue;
    if (!first_seen) {
      first_seen = true;
      dockerfile = StartsWithWord(line, "FROM") || StartsWithWord(line, "ARG");
    }
    if (raw.starts_with("apiVersion:")) {
      api = true;
      const std::string_view v = Trim(raw.substr(11));
      chart_api = v == "v1" || v == "v2" || v == "\"v2\"" || v == "'v2'";
    }
    kind = kind || raw.starts_with("kind:");
    name = name || raw.starts_with("name:");
    version = version || raw.starts_with("version:");
    if (env) {
      if (EnvLine(line, &open_quote)) ++env_lines;
      else env = false;
    }
  }
  if (dockerfile) return InputKind::kDockerfile;
  if (api && kind) return InputKind::kManifest;
  if (chart_api && name && version) return InputKind::kChart;
  if (env && env_lines > 0) return InputKind::kEnv;
  return std::nullopt;
}

StdinInput::StdinInput(std::string filename, std::optional<InputKind> forced)
    : display_(filename.empty() ? "-" : NormalizePath(filename)), forced_(forced) {
  path_ = display_ == "-" ? std::string(kUnnamedPath) : display_;
}

StdinInput::~StdinInput() = default;

int StdinInput::Read(uint64_t limit) {
  limit_ = limit;
  char buf[1 << 16];
  for (;;) {
    const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      Error(std::string("cannot read standard input: ") + std::strerror(errno));
      return 2;
    }
    if (n == 0) break;
    if (text_.size() + static_cast<size_t>(n) > limit_) {
      over_limit_ = true;
      break;
    }
    text_.append(buf, static_cast<size_t>(n));
  }
  return 0;
}

int StdinInput::Classify(const Config& config, bool implicit) {
  if (implicit && text_.empty() && !over_limit_) {
    Error("standard input is empty, so there is nothing to lint (did the command before the pipe "
          "fail?); give a PATH to lint files, or `-` to lint an empty input");
    return 2;
  }
  excluded_ = display_ != "-" && config.Excluded(display_);
  std::optional<InputKind> kind = forced_;
  if (!kind && display_ != "-") {
    const size_t slash = display_.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "." : display_.substr(0, slash);
    DiskFileSystem disk;
    const bool beside_chart = disk.Stat(dir + "/Chart.yaml", nullptr) == FileSystem::Type::kFile;
    const std::string parent =
        dir.find('/') == std::string::npos ? "." : dir.substr(0, dir.find_last_of('/'));
    const bool in_templates = (dir == "templates" || dir.ends_with("/templates")) &&
                              disk.Stat(parent + "/Chart.yaml", nullptr) == FileSystem::Type::kFile;
    if (const InputKind k = KindFromPath(display_, beside_chart, in_templates);
        k != InputKind::kText)
      kind = k;
  }
  if (!kind && !over_limit_) kind = SniffKind(text_);
  if (!kind && over_limit_) kind = InputKind::kText;  // reported as skipped anyway
  if (!kind) {
    Error(std::string(implicit ? "no PATH was given and standard input is not a terminal, so "
                                 "k8slint read it, but "
                               : "") +
          "it cannot tell what standard input holds (" + std::to_string(text_.size()) +
          " bytes: not a Dockerfile, Kubernetes manifests, a Chart.yaml or an env file). Name "
          "its kind with -t dockerfile|manifest|values|chart|env|powershell|markdown or "
          "--stdin-filename NAME, or give a PATH to lint files instead (`k8slint .`)");
    return 2;
  }
  kind_ = *kind;
  if (kind_ == InputKind::kManifest) {
    mapper_ = std::make_unique<RenderedMapper>(
        path_, text_, [this](const std::string& name) { return ChartFolder(name); });
    if (!mapper_->HasSources()) mapper_.reset();
  }
  return 0;
}

std::string StdinInput::ChartFolder(const std::string& chart_name) {
  // `helm template ./web` from the folder holding web/ names it as it is on disk.
  if (DiskFileSystem().Stat(chart_name + "/Chart.yaml", nullptr) == FileSystem::Type::kFile)
    return chart_name;
  if (!charts_) charts_ = ChartFoldersByName(".");
  auto it = charts_->find(chart_name);
  return it == charts_->end() ? "" : it->second;
}

void StdinInput::AddInputs(DiscoveryResult* inputs) {
  std::erase_if(inputs->files, [&](const InputFile& f) { return f.path == path_; });
  if (over_limit_) {
    inputs->notices.push_back(
        {display_, std::string(rules::kSkippedFile),
         "skipped: standard input is over the " + std::to_string(limit_) + "-byte limit"});
  } else if (!excluded_) {
    inputs->files.push_back({path_, kind_, true, text_.size()});
  }
  std::sort(inputs->files.begin(), inputs->files.end(),
            [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
}

const FileSystem& StdinInput::Files(const FileSystem& disk) {
  disk_ = &disk;
  overlay_ = std::make_unique<MemoryOverlay>(disk, path_, text_);
  return *overlay_;
}

void StdinInput::MapFindings(std::vector<Finding>* findings) {
  if (mapper_) mapper_->MapFindings(*disk_, /*keep_unknown=*/false, findings);
  if (path_ == display_) return;
  for (Finding& f : *findings) {
    if (f.path == path_) f.path = display_;
    for (RelatedLocation& r : f.related)
      if (r.path == path_) r.path = display_;
  }
  std::sort(findings->begin(), findings->end(), FindingLess);
}

bool StdinInput::ReadReported(const std::string& path, std::string* text) const {
  if (path != display_ || over_limit_) return false;
  *text = text_;
  return true;
}

}  // namespace k8slint::cli
