// Reading a peer's file, telling which tool it belongs to, and writing the imported
// configuration as .k8slint.yaml text.
#include "linter/config/peer_import.h"

#include <cstdint>
#include <algorithm>
#include <filesystem>
#include <sstream>

#include "linter/config/keys.h"
#include "linter/core/filesystem.h"
#include "linter/core/source.h"

namespace k8slint {
namespace {

namespace fs = std::filesystem;

// Far above any real peer config, as for .k8slint.yaml.
constexpr uint64_t kMaxPeerConfigBytes = 1 << 20;

std::optional<PeerTool> ToolByName(std::string name) {
  if (!name.empty() && name.front() == '.') name.erase(0, 1);
  if (name == "hadolint.yaml" || name == "hadolint.yml") return PeerTool::kHadolint;
  if (name == "kube-linter.yaml" || name == "kube-linter.yml") return PeerTool::kKubeLinter;
  if (name == "gitleaks.toml") return PeerTool::kGitleaks;
  return std::nullopt;
}

// A file under another name (ci/hadolint-strict.yaml): the keys only one tool has.
std::optional<PeerTool> ToolByContent(const yaml::Node& root) {
  if (!root.IsMap()) return std::nullopt;
  for (std::string_view key : {"checks", "customChecks"})
    if (root.GetKey(key).valid()) return PeerTool::kKubeLinter;
  for (std::string_view key : {"ignored", "override", "trustedRegistries", "failure-threshold",
                               "label-schema", "strict-labels", "no-fail"})
    if (root.GetKey(key).valid()) return PeerTool::kHadolint;
  return std::nullopt;
}

// A comment's text on one line.
std::string OneLine(std::string_view text) {
  std::string out;
  for (const char c : text) out += (c == '\n' || c == '\r') ? ' ' : c;
  return out;
}

// The line a "line N, ..." note is about, to list notes in the order of the peer's file.
uint32_t LineOf(std::string_view note) {
  if (note.substr(0, 5) != "line ") return 0;
  uint32_t n = 0;
  for (size_t i = 5; i < note.size() && note[i] >= '0' && note[i] <= '9'; ++i)
    n = n * 10 + static_cast<uint32_t>(note[i] - '0');
  return n;
}

void WriteComment(std::ostream& o, std::string_view comment) {
  if (!comment.empty()) o << "  # " << OneLine(comment);
  o << "\n";
}

void WriteItems(std::ostream& o, std::string_view key,
                const std::vector<ImportedConfig::Item>& items) {
  if (items.empty()) return;
  o << key << ":\n";
  for (const ImportedConfig::Item& item : items) {
    o << "  - " << YamlScalar(item.token);
    WriteComment(o, item.comment);
  }
}

}  // namespace

Status ImportContext::Strings(const yaml::Node& v, std::string_view what,
                              std::vector<std::string>* out) const {
  out->clear();
  if (!v.valid() || v.IsNull()) return Status::Ok();
  if (v.IsScalar()) {
    out->emplace_back(v.scalar());
    return Status::Ok();
  }
  if (!v.IsSequence())
    return Fail(v, "'" + std::string(what) + "' must be a list, not " + std::string(v.TypeName()));
  for (size_t i = 0; i < v.size(); ++i) {
    const yaml::Node item = v.Item(i);
    if (!item.IsScalar())
      return Fail(item, "'" + std::string(what) + "' items must be strings, not " +
                            std::string(item.TypeName()));
    out->emplace_back(item.scalar());
  }
  return Status::Ok();
}

std::string ImportContext::Describe(const std::vector<const Rule*>& rules, std::string_view prefix,
                                    const std::vector<std::string>& listed) const {
  std::string out;
  for (const Rule* rule : rules) {
    if (!out.empty()) out += "; ";
    out += std::string(rule->meta().id) + " " + std::string(rule->meta().name);
    if (!catalogue_.enabled(*rule)) out += " (off by default)";
    std::vector<std::string> also;
    for (std::string_view alias : rule->meta().aliases) {
      if (alias.substr(0, prefix.size()) != prefix) continue;
      bool named = false;
      for (const std::string& token : listed) named = named || token == alias;
      if (!named) also.emplace_back(alias);
    }
    if (also.empty()) continue;
    out += ", which also covers " + also.front();
    if (also.size() > 1) out += " and " + std::to_string(also.size() - 1) + " more";
  }
  return out;
}

std::string WriteImportedConfig(const ImportedConfig& c, std::string_view source) {
  std::ostringstream o;
  o << "# .k8slint.yaml imported from " << OneLine(source) << " (" << c.tool
    << ") by `k8slint config --import`.\n";
  o << "# Review it: the comments say what each peer setting became, and the end of the file\n"
       "# lists what k8slint has no equivalent for. docs/configuration.md#importing-peer-"
       "configuration\n";
  WriteItems(o, "enable", c.enable);
  WriteItems(o, "disable", c.disable);
  if (!c.rules.empty()) {
    o << "rules:\n";
    for (const ImportedConfig::RuleSetting& r : c.rules) {
      o << "  " << YamlScalar(r.token) << ":";
      if (r.params.empty()) {
        o << " " << r.level;
        WriteComment(o, r.comment);
        continue;
      }
      WriteComment(o, r.comment);
      if (!r.level.empty()) o << "    level: " << r.level << "\n";
      for (const auto& [name, values] : r.params)
        o << "    " << name << ": " << YamlList(values) << "\n";
    }
  }
  if (!c.fail_on.empty()) {
    o << "fail-on: " << c.fail_on;
    WriteComment(o, c.fail_on_comment);
  }
  if (!c.per_file_ignores.empty()) {
    o << "per-file-ignores:\n";
    for (const ImportedConfig::FileIgnore& f : c.per_file_ignores) {
      o << "  " << YamlScalar(f.glob) << ": " << YamlList(f.rules);
      WriteComment(o, f.comment);
    }
  }
  if (!c.allowed_registries.empty()) {
    o << "allowed-registries: " << YamlList(c.allowed_registries);
    WriteComment(o, c.allowed_registries_comment);
  }
  if (!c.label_schema.empty()) {
    o << "label-schema:\n";
    for (const auto& [label, type] : c.label_schema)
      o << "  " << YamlScalar(label) << ": " << YamlScalar(type) << "\n";
  }
  if (c.strict_labels) o << "strict-labels: " << (*c.strict_labels ? "true" : "false") << "\n";
  if (!c.suggestions.empty()) {
    o << "\n# Notes:\n";
    for (const std::string& line : c.suggestions) o << "# " << OneLine(line) << "\n";
  }
  if (!c.not_imported.empty()) {
    o << "\n# Not imported (k8slint has no equivalent):\n";
    std::vector<std::string> lines = c.not_imported;
    std::stable_sort(lines.begin(), lines.end(), [](const std::string& a, const std::string& b) {
      return LineOf(a) < LineOf(b);
    });
    for (const std::string& line : lines) o << "# - " << OneLine(line) << "\n";
  }
  return o.str();
}

Status ImportPeerConfig(const std::string& path, const std::string& display_path,
                        const Registry& catalogue, std::string* out) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec))
    return Status::Config(display_path + ": " +
                          (fs::exists(path, ec) ? "not a file" : "no such file"));
  std::string text;
  if (Status s = ReadBoundedFile(path, kMaxPeerConfigBytes, "the configuration to import", &text);
      !s.ok())
    return Status::Config(s.message());
  const ImportContext ctx(display_path, catalogue);
  ImportedConfig imported;
  std::optional<PeerTool> tool = ToolByName(fs::path(path).filename().string());
  if (tool == PeerTool::kGitleaks || (!tool && fs::path(path).extension() == ".toml")) {
    imported.tool = "gitleaks";
    if (Status s = ImportGitleaks(ctx, text, &imported); !s.ok()) return s;
    *out = WriteImportedConfig(imported, display_path);
    return Status::Ok();
  }
  SourceFile source(display_path, InputKind::kText, text);
  std::vector<yaml::ParseError> errors;
  std::unique_ptr<yaml::Tree> tree = yaml::ParseTree(source, &errors);
  if (!errors.empty()) return ctx.FailAt(errors.front().span.begin, errors.front().message);
  if (tree->docs().size() > 1)
    return ctx.FailAt(Position{tree->docs()[1].first_line, 1},
                      "a configuration file holds one YAML document");
  const yaml::Node root = tree->docs().empty() ? yaml::Node() : tree->root(0);
  if (root.valid() && !root.IsNull() && !root.IsMap())
    return ctx.Fail(root,
                    "a configuration file is a map of keys, not " + std::string(root.TypeName()));
  if (!tool) tool = ToolByContent(root);
  if (!tool)
    return Status::Config(display_path +
                          ": cannot tell which tool this configuration is for: name it "
                          ".hadolint.yaml, .kube-linter.yaml or .gitleaks.toml");
  Status s;
  if (*tool == PeerTool::kHadolint) {
    imported.tool = "hadolint";
    s = ImportHadolint(ctx, root, &imported);
  } else {
    imported.tool = "kube-linter";
    s = ImportKubeLinter(ctx, root, &imported);
  }
  if (!s.ok()) return s;
  *out = WriteImportedConfig(imported, display_path);
  return Status::Ok();
}

}  // namespace k8slint
