#include "linter/engine/kustomize_patches.h"

#include <cstdint>
#include <algorithm>
#include <set>
#include <string>

#include "linter/core/source.h"
#include "linter/models/yaml/tree.h"

namespace k8slint {
namespace {

bool IsKustomization(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  const std::string_view base = slash == std::string::npos
                                    ? std::string_view(path)
                                    : std::string_view(path).substr(slash + 1);
  return base == "kustomization.yaml" || base == "kustomization.yml" || base == "Kustomization";
}

// A patch entry is a path (`- patch.yaml`), a map with `path:`, or inline YAML (`patch:`
// or a multi-line string), which names no file.
void AddPatchPath(const std::string& dir, const yaml::Node& entry, std::set<std::string>* out) {
  const yaml::Node p = entry.IsMap() ? entry.Get("path") : entry;
  if (!p.IsScalar()) return;
  const std::string_view v = p.scalar();
  if (v.empty() || v.find('\n') != std::string_view::npos) return;
  out->insert(NormalizePath(dir.empty() ? std::string(v) : dir + "/" + std::string(v)));
}

}  // namespace

void MarkKustomizePatches(const FileSystem& fs, uint64_t max_bytes, std::vector<InputFile>* files) {
  std::set<std::string> patches;
  for (const InputFile& f : *files) {
    if (f.path == "-" || !IsKustomization(f.path)) continue;
    std::string text;
    if (!fs.ReadFile(f.path, max_bytes, &text).ok()) continue;  // the engine reports it
    const SourceFile source(f.path, f.kind, std::move(text));
    std::vector<yaml::ParseError> errors;
    const std::unique_ptr<yaml::Tree> tree = yaml::ParseTree(source, &errors);
    const size_t slash = f.path.rfind('/');
    const std::string dir = slash == std::string::npos ? "" : f.path.substr(0, slash);
    for (size_t d = 0; d < tree->docs().size(); ++d) {
      const yaml::Node root = tree->root(d);
      for (std::string_view key : {"patches", "patchesStrategicMerge", "patchesJson6902"}) {
        const yaml::Node list = root.Get(key);
        for (size_t i = 0; list.IsSequence() && i < list.size(); ++i)
          AddPatchPath(dir, list.Item(i), &patches);
      }
    }
  }
  if (patches.empty()) return;
  for (InputFile& f : *files)
    if (patches.count(NormalizePath(f.path))) f.patch = true;
}

}  // namespace k8slint
