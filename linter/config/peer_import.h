// `k8slint config --import FILE`: a peer tool's configuration (.hadolint.yaml,
// .kube-linter.yaml, .gitleaks.toml) rewritten as the equivalent .k8slint.yaml, with a
// comment for each setting k8slint has no equivalent for (docs/configuration.md,
// "Importing peer configuration"). Each importer fills an ImportedConfig; one writer turns
// it into YAML, so every importer's output has the same shape and loads back.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "linter/core/position.h"
#include "linter/core/registry.h"
#include "linter/core/status.h"
#include "linter/models/yaml/tree.h"

namespace k8slint {

struct ImportedConfig {
  struct Item {
    std::string token;    // a rule token as written in the output (alias, id or family)
    std::string comment;  // after the item, e.g. the rules the alias resolves to
  };
  struct RuleSetting {
    std::string token;
    std::string level;  // "" = no level, only parameters
    std::vector<std::pair<std::string, std::vector<std::string>>> params;
    std::string comment;
  };
  struct FileIgnore {
    std::string glob;
    std::vector<std::string> rules;
    std::string comment;
  };

  std::string tool;  // "hadolint", "kube-linter", "gitleaks"
  std::vector<Item> enable, disable;
  std::vector<RuleSetting> rules;
  std::string fail_on, fail_on_comment;
  std::vector<FileIgnore> per_file_ignores;
  std::vector<std::string> allowed_registries;
  std::string allowed_registries_comment;
  std::vector<std::pair<std::string, std::string>> label_schema;
  std::optional<bool> strict_labels;
  // One line each: a setting of the peer's file that has no k8slint equivalent, and why.
  std::vector<std::string> not_imported;
  // Notes on what was imported, and settings offered commented out (one line each).
  std::vector<std::string> suggestions;
};

// Errors of an import name the peer's file, the line and the column.
class ImportContext {
 public:
  ImportContext(std::string display_path, const Registry& catalogue)
      : path_(std::move(display_path)), catalogue_(catalogue) {}
  const Registry& catalogue() const { return catalogue_; }
  const std::string& path() const { return path_; }
  Status FailAt(Position at, const std::string& message) const {
    return Status::Config(path_ + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                          ": " + message);
  }
  Status Fail(const yaml::Node& at, const std::string& message) const {
    return FailAt(at.valid() ? at.position() : Position{1, 1}, message);
  }
  // A list of scalars (one scalar is a one-item list; null is empty); `what` names the key.
  Status Strings(const yaml::Node& v, std::string_view what, std::vector<std::string>* out) const;
  // "DF012 apt-get-unpinned" for the rules `token` names, and the other aliases of `prefix`
  // those rules answer to that `listed` does not hold ("also hadolint:DL3018"), so the
  // reader sees when one peer code turns a broader k8slint rule on or off.
  std::string Describe(const std::vector<const Rule*>& rules, std::string_view prefix,
                       const std::vector<std::string>& listed) const;

 private:
  std::string path_;
  const Registry& catalogue_;
};

// Which tool's file `path` is: by its name, else by its content.
enum class PeerTool { kHadolint, kKubeLinter, kGitleaks };

Status ImportHadolint(const ImportContext& ctx, const yaml::Node& root, ImportedConfig* out);
Status ImportKubeLinter(const ImportContext& ctx, const yaml::Node& root, ImportedConfig* out);
Status ImportGitleaks(const ImportContext& ctx, const std::string& text, ImportedConfig* out);

// The .k8slint.yaml text; `source` names the peer's file in the header comment.
std::string WriteImportedConfig(const ImportedConfig& config, std::string_view source);

// Reads the peer's file `path` (shown as `display_path`) and writes the .k8slint.yaml text.
// Unreadable files, unknown kinds, syntax errors and wrongly typed values are config errors.
Status ImportPeerConfig(const std::string& path, const std::string& display_path,
                        const Registry& catalogue, std::string* out);

// A gitleaks path regex (searched in a '/'-separated relative path) as k8slint globs that
// match the same paths; false when the regex uses more than literals, `.`, `^`, `$`, `.*`
// and `(a|b)` alternatives. The globs may match a little more: `.` becomes
// `?`, and a glob naming a folder also matches the files below it.
bool PathRegexToGlobs(std::string_view regex, std::vector<std::string>* globs);

}  // namespace k8slint
