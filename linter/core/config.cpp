#include "linter/core/config.h"

#include <algorithm>
#include <filesystem>

#include "linter/core/glob.h"

namespace k8slint {

std::string Config::Param(const std::string& rule_id, const std::string& name,
                          const std::string& fallback) const {
  if (auto r = params.find(rule_id); r != params.end())
    if (auto p = r->second.find(name); p != r->second.end()) return p->second;
  if (auto s = settings.find(name); s != settings.end()) return s->second;
  return fallback;
}

std::string Config::RelativeToBase(const std::string& path) const {
  namespace fs = std::filesystem;
  fs::path p(path);
  if (base_dir.empty()) {
    std::string out = p.lexically_normal().generic_string();
    if (out == ".") return "";
    return out.starts_with("../") || out == ".." ? "" : out;
  }
  // Pure path arithmetic (no getcwd or stat per file): discovery calls this per entry.
  if (p.is_relative()) p = fs::path(working_dir) / p;
  std::string rel = p.lexically_normal().lexically_relative(fs::path(base_dir)).generic_string();
  if (rel.empty() || rel == "." || rel == ".." || rel.starts_with("../")) return "";
  return rel;
}

namespace {

// A path in the two forms globs are matched against: relative to the anchor folder
// ("" outside it), and as written. Outside the anchor folder only the patterns that
// name a file or folder anywhere apply.
struct MatchPath {
  MatchPath(const Config& config, const std::string& path)
      : rel(config.RelativeToBase(path)),
        written(std::filesystem::path(path).lexically_normal().generic_string()) {}
  bool Matches(const std::string& glob) const {
    if (!rel.empty()) return GlobMatchesPath(glob, rel);
    return !GlobIsAnchored(glob) && GlobMatchesPath(glob, written);
  }
  std::string rel, written;
};

}  // namespace

bool Config::DefaultExcludedFolder(std::string_view name) {
  static constexpr std::string_view kFolders[] = {
      "node_modules", "bower_components", "vendor",        "third_party", ".venv", "venv", ".tox",
      ".nox",         "__pypackages__",   "site-packages", ".terraform"};
  for (std::string_view f : kFolders)
    if (name == f) return true;
  return false;
}

bool Config::Excluded(const std::string& path) const {
  if (exclude.empty() || path == "-") return false;
  const MatchPath p(*this, path);
  return std::any_of(exclude.begin(), exclude.end(),
                     [&](const std::string& g) { return p.Matches(g); });
}

bool Config::IgnoredAt(const std::string& path, std::string_view rule_id) const {
  if (per_file_ignores.empty() || path == "-") return false;
  const MatchPath p(*this, path);
  for (const PathIgnore& ignore : per_file_ignores)
    if (std::find(ignore.rule_ids.begin(), ignore.rule_ids.end(), rule_id) !=
            ignore.rule_ids.end() &&
        p.Matches(ignore.glob))
      return true;
  return false;
}

}  // namespace k8slint
