#include "linter/project/build_targets.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <unordered_map>

namespace k8slint::project {
namespace {

std::string NormalTargetPath(const std::string& path) {
  std::string out = std::filesystem::path(path).lexically_normal().generic_string();
  if (out.starts_with("./")) out.erase(0, 2);
  return out;
}

}  // namespace

BuildTargets::BuildTargets(const Project& project) {
  std::unordered_map<std::string, uint32_t> by_path;
  for (const FileFacts& f : project.files())
    if (f.dockerfile) by_path[NormalTargetPath(f.path)] = f.index;
  auto find = [&](const std::string& path) -> std::optional<uint32_t> {
    const std::string want = NormalTargetPath(path);
    if (auto it = by_path.find(want); it != by_path.end()) return it->second;
    // Inputs may carry a longer prefix than the command wrote; only a unique match counts.
    std::optional<uint32_t> found;
    for (const auto& [p, i] : by_path)
      if (p.size() > want.size() && p.ends_with(want) && p[p.size() - want.size() - 1] == '/') {
        if (found) return std::nullopt;
        found = i;
      }
    return found;
  };
  for (const FileFacts& f : project.files())
    for (const BuildTarget& t : f.targets()) {
      const std::optional<uint32_t> df = t.dockerfile.empty() ? std::nullopt : find(t.dockerfile);
      if (df) named_.emplace(*df, t.target);
      else anywhere_.insert(t.target);
    }
}

bool BuildTargets::Builds(uint32_t file, std::string_view stage) const {
  return anywhere_.contains(stage) || named_.contains(std::make_pair(file, std::string(stage)));
}

}  // namespace k8slint::project
