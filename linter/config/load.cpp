#include "linter/config/load.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "linter/config/keys.h"
#include "linter/config/reader.h"
#include "linter/config/suggest.h"
#include "linter/core/filesystem.h"
#include "linter/core/source.h"
#include "linter/models/yaml/tree.h"

namespace k8slint {
namespace {

namespace fs = std::filesystem;

// Far above any real config; keeps a mistaken `-c huge.bin` cheap.
constexpr uint64_t kMaxConfigBytes = 1 << 20;

void ReadKeys(ConfigReader& r, const yaml::Node& root) {
  std::vector<std::string_view> names;
  for (const ConfigKey& k : ConfigKeys()) names.push_back(k.name);
  for (size_t i = 0; i < root.size() && !r.failed(); ++i) {
    const yaml::Node key = root.KeyAt(i);
    if (!key.IsScalar()) {
      r.Fail(key, "config keys are strings, not " + std::string(key.TypeName()));
      return;
    }
    const ConfigKey* found = nullptr;
    for (const ConfigKey& k : ConfigKeys())
      if (k.name == key.scalar()) found = &k;
    if (!found) {
      r.Fail(key,
             "unknown key '" + std::string(key.scalar()) + "'" + DidYouMean(key.scalar(), names));
      return;
    }
    found->read(r, root.ValueAt(i));
  }
}

}  // namespace

std::optional<std::string> FindConfigFile(const std::string& start_dir) {
  std::error_code ec;
  for (fs::path dir = fs::path(start_dir).lexically_normal();; dir = dir.parent_path()) {
    for (std::string_view name : {kConfigFileName, kConfigFileNameYml})
      if (fs::is_regular_file(dir / name, ec)) return (dir / name).string();
    // A repository's lint policy is its own: a config above the work tree would apply
    // locally but not in CI, which checks out the repository alone.
    if (fs::exists(dir / ".git", ec)) return std::nullopt;
    if (dir == dir.root_path() || dir.parent_path() == dir) return std::nullopt;
  }
}

Status ParseConfigText(const std::string& text, const std::string& display_path,
                       const std::string& base_dir, const std::string& working_dir,
                       const Registry& catalogue, Config* out) {
  out->source_file = display_path;
  out->base_dir = base_dir;
  out->working_dir = working_dir;
  SourceFile source(display_path, InputKind::kText, text);
  std::vector<yaml::ParseError> errors;
  std::unique_ptr<yaml::Tree> tree = yaml::ParseTree(source, &errors);
  if (!errors.empty()) {
    const Position at = errors.front().span.begin;
    return Status::Config(display_path + ":" + std::to_string(at.line) + ":" +
                          std::to_string(at.column) + ": " + errors.front().message);
  }
  ConfigReader reader(display_path, catalogue, out);
  if (tree->docs().size() > 1)
    reader.FailAt(Position{tree->docs()[1].first_line, 1}, "a config file holds one YAML document");
  const yaml::Node root = tree->docs().empty() ? yaml::Node() : tree->root(0);
  if (!reader.failed() && root.valid() && !root.IsNull()) {
    if (root.IsMap()) ReadKeys(reader, root);
    else reader.Fail(root, "a config file is a map of keys, not " + std::string(root.TypeName()));
  }
  reader.Finish();
  return reader.status();
}

Status LoadConfigFile(const std::string& path, const std::string& display_path,
                      const std::string& working_dir, const Registry& catalogue, Config* out) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec))
    return Status::Config(display_path + ": " +
                          (fs::exists(path, ec) ? "not a file" : "no such config file"));
  if (fs::file_size(path, ec) > kMaxConfigBytes)
    return Status::Config(display_path + ": config file larger than 1 MiB");
  // Bounded again while reading: the file may grow, or be swapped for a FIFO, meanwhile.
  std::string text;
  if (Status s = ReadBoundedFile(path, kMaxConfigBytes, "the config file", &text); !s.ok())
    return Status::Config(s.message());
  const fs::path abs = (fs::path(working_dir) / path).lexically_normal();
  return ParseConfigText(text, display_path, abs.parent_path().string(), working_dir, catalogue,
                         out);
}

}  // namespace k8slint
