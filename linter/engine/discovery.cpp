#include "linter/engine/discovery.h"

#include <cstdint>
#include <algorithm>
#include <filesystem>

#include "linter/engine/kustomize_patches.h"
#include "rules/k8l/k8l002_unreadable_file.h"
#include "rules/k8l/k8l004_skipped_file.h"

namespace k8slint {
namespace {

std::string JoinDiscovered(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == ".") return name;
  return dir.back() == '/' ? dir + name : dir + "/" + name;
}

std::string Parent(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
}

std::string Base(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string_view KindArticle(InputKind kind) {
  switch (kind) {
    case InputKind::kDockerfile: return "a Dockerfile";
    case InputKind::kEnv: return "an env file";
    case InputKind::kPowerShell: return "PowerShell";
    case InputKind::kMarkdown: return "markdown";
    default: return "YAML";
  }
}

class Walker {
 public:
  Walker(const FileSystem& fs, const GitRepos* git, const Config& config, DiscoveryResult* out)
      : fs_(fs), git_(git), config_(config), out_(out) {}

  void Walk(const std::string& dir, bool in_templates) {
    std::vector<FileSystem::Entry> entries;
    if (Status s = fs_.ListDir(dir, &entries); !s.ok()) {
      out_->notices.push_back({dir, std::string(rules::kUnreadableFile), s.message()});
      return;
    }
    const bool has_chart = std::any_of(entries.begin(), entries.end(), [](const auto& e) {
      return e.name == "Chart.yaml" && e.type == FileSystem::Type::kFile;
    });
    for (const FileSystem::Entry& e : entries) {
      const std::string path = JoinDiscovered(dir, e.name);
      if (e.name == ".git" || config_.Excluded(path)) continue;
      if (e.type == FileSystem::Type::kDir) {
        if (e.symlink) continue;  // like git: a link to a folder is not descended into
        if (config_.default_excludes && Config::DefaultExcludedFolder(e.name)) continue;
        if (git_ && git_->IsIgnored(path, true)) continue;
        Walk(path, in_templates || (has_chart && e.name == "templates"));
      } else if (e.type == FileSystem::Type::kFile) {
        if (git_ && git_->IsIgnored(path, false)) continue;
        Add(path, KindFromPath(path, has_chart, in_templates), false);
      } else if (e.type == FileSystem::Type::kMissing) {
        out_->notices.push_back({path, std::string(rules::kUnreadableFile),
                                 e.error.empty() ? "cannot examine" : e.error});
      } else if (e.type == FileSystem::Type::kOther) {
        out_->notices.push_back({path, std::string(rules::kSkippedFile),
                                 "skipped: not a regular file (" + fs_.Describe(path) + ")"});
      }
    }
  }

  void Add(const std::string& path, InputKind kind, bool explicit_path) {
    uint64_t size = 0;
    fs_.Stat(path, &size);
    if (size > config_.max_file_bytes) {
      out_->notices.push_back({path, std::string(rules::kSkippedFile),
                               "skipped: " + std::to_string(size) + " bytes is over the " +
                                   std::to_string(config_.max_file_bytes) + "-byte limit"});
      return;
    }
    // Templates are still read as text, so the secrets rules see them; the note says
    // why none of the Dockerfile or manifest rules did.
    if (const TemplateName t = TemplateOf(path); !t.empty() && kind == InputKind::kText)
      out_->notices.push_back({path, std::string(rules::kSkippedFile),
                               "not linted as " + std::string(KindArticle(t.of)) +
                                   ": its name marks it as " + std::string(t.what) +
                                   " of one, which another tool turns into the real file "
                                   "(the secrets rules still read it)"});
    out_->files.push_back({path, kind, explicit_path, size});
  }

 private:
  const FileSystem& fs_;
  const GitRepos* git_;
  const Config& config_;
  DiscoveryResult* out_;
};

}  // namespace

std::string NormalizePath(const std::string& path) {
  if (path == "-") return path;
  std::string out = std::filesystem::path(path).lexically_normal().string();
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out.empty() ? "." : out;
}

Status Discover(const FileSystem& fs, const GitRepos* git, const std::vector<std::string>& paths,
                std::optional<InputKind> forced_kind, const Config& config, DiscoveryResult* out) {
  Walker walker(fs, git, config, out);
  for (const std::string& raw : paths) {
    if (raw == "-") {
      if (!forced_kind) return Status::Usage("reading stdin ('-') needs --type");
      out->files.push_back({"-", *forced_kind, true, 0});
      continue;
    }
    const std::string path = NormalizePath(raw);
    const FileSystem::Type type = fs.Stat(path, nullptr);
    if (type == FileSystem::Type::kMissing || type == FileSystem::Type::kOther) {
      // A mistyped path stops the run (exit 2); a path that exists but cannot be read
      // (permission, length, a link loop, a FIFO or device) is reported on that path
      // and the other paths are still linted.
      const std::string why = fs.Describe(path);
      if (type == FileSystem::Type::kMissing && why == kNoSuchFile)
        return Status::Io(raw + ": " + why);
      out->notices.push_back(
          {path, std::string(rules::kUnreadableFile),
           type == FileSystem::Type::kOther ? "not a regular file (" + why + "); not read" : why});
      continue;
    }
    if (type == FileSystem::Type::kDir) {
      const std::string parent = Parent(path);
      const bool in_templates =
          Base(path) == "templates" &&
          fs.Stat(JoinDiscovered(parent, "Chart.yaml"), nullptr) == FileSystem::Type::kFile;
      walker.Walk(path, in_templates);
      continue;
    }
    // Excludes apply to named files too (ruff's force-exclude): pre-commit names every
    // staged file, and vendored files must stay out of its runs as well.
    if (config.Excluded(path)) continue;
    const std::string dir = Parent(path);
    const bool beside_chart =
        fs.Stat(JoinDiscovered(dir, "Chart.yaml"), nullptr) == FileSystem::Type::kFile;
    const bool in_templates =
        Base(dir) == "templates" &&
        fs.Stat(JoinDiscovered(Parent(dir), "Chart.yaml"), nullptr) == FileSystem::Type::kFile;
    walker.Add(path, forced_kind.value_or(KindFromPath(path, beside_chart, in_templates)), true);
  }
  // A forced kind applies to every explicit file; walked files keep their own kinds.
  std::sort(out->files.begin(), out->files.end(),
            [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  out->files.erase(
      std::unique(out->files.begin(), out->files.end(),
                  [](const InputFile& a, const InputFile& b) { return a.path == b.path; }),
      out->files.end());
  // Kept for the whole run: grown by doubling, a tree of 19,000 files held 32,768 slots.
  out->files.shrink_to_fit();
  MarkKustomizePatches(fs, config.max_file_bytes, &out->files);
  return Status::Ok();
}

}  // namespace k8slint
