// The path keys of .k8slint.yaml: `exclude` and `per-file-ignores` (globs anchored at the
// config file's folder), and the project-linking keys `image-dockerfiles` and
// `external-objects`.
#include <cctype>
#include <filesystem>

#include "linter/config/keys.h"

namespace k8slint {
namespace {

namespace fs = std::filesystem;

std::string PathStr(std::string_view s) { return std::string(s); }

// Globs are anchored at the config file's folder; one that climbs out of it could
// never match what discovery walks below it.
bool CheckGlob(ConfigReader& r, const yaml::Node& at, const std::string& glob,
               std::string_view what) {
  if (glob == ".." || glob.starts_with("../") || glob.find("/../") != std::string::npos ||
      glob.ends_with("/.."))
    return r.Fail(at, "'" + PathStr(what) +
                          "' globs are relative to the config file's folder and "
                          "cannot contain '..': '" +
                          glob + "'");
  return true;
}

// "ghcr.io/acme/api", "localhost:5000/api": no tag, digest or spaces.
bool ValidRepository(std::string_view image) {
  if (image.empty() || image.find_first_of(" \t@") != std::string_view::npos) return false;
  const size_t slash = image.rfind('/');
  return image.find(':', slash == std::string_view::npos ? 0 : slash) == std::string_view::npos;
}

// A Kubernetes object name (DNS-1123 subdomain).
bool ValidObjectName(std::string_view name) {
  if (name.empty() || name.size() > 253 || name.front() == '-' || name.back() == '-') return false;
  for (const char c : name)
    if (!std::islower(static_cast<unsigned char>(c)) &&
        !std::isdigit(static_cast<unsigned char>(c)) && c != '-' && c != '.')
      return false;
  return true;
}

}  // namespace

bool ReadExclude(ConfigReader& r, const yaml::Node& v) {
  std::vector<std::string> globs;
  if (!r.StringList(v, "exclude", &globs)) return false;
  for (size_t i = 0; i < globs.size(); ++i)
    if (!CheckGlob(r, v.IsSequence() ? v.Item(i) : v, globs[i], "exclude")) return false;
  for (std::string& g : globs) r.config().exclude.push_back(std::move(g));
  return true;
}

void PrintExclude(const Config& c, const Registry&, std::ostream& out) {
  out << "exclude: " << YamlList(c.exclude) << "\n";
}

bool ReadPerFileIgnores(ConfigReader& r, const yaml::Node& v) {
  if (!v.IsMap())
    return r.Fail(v, "'per-file-ignores' must be a map of glob -> list of rules, not " +
                         PathStr(v.TypeName()));
  for (size_t i = 0; i < v.size(); ++i) {
    std::string glob;
    if (!r.Scalar(v.KeyAt(i), "per-file-ignores", &glob)) return false;
    if (glob.empty()) return r.Fail(v.KeyAt(i), "'per-file-ignores' has an empty glob");
    if (!CheckGlob(r, v.KeyAt(i), glob, "per-file-ignores")) return false;
    Config::PathIgnore ignore{glob, {}, {}};
    std::vector<std::vector<const Rule*>> lists;
    if (!ReadRuleTokens(r, v.ValueAt(i), "per-file-ignores: " + glob, &lists)) return false;
    if (!r.StringList(v.ValueAt(i), "per-file-ignores: " + glob, &ignore.tokens)) return false;
    for (const auto& rules : lists)
      for (const Rule* rule : rules) ignore.rule_ids.emplace_back(rule->meta().id);
    r.config().per_file_ignores.push_back(std::move(ignore));
  }
  return true;
}

void PrintPerFileIgnores(const Config& c, const Registry&, std::ostream& out) {
  if (c.per_file_ignores.empty()) {
    out << "per-file-ignores: {}\n";
    return;
  }
  out << "per-file-ignores:\n";
  for (const Config::PathIgnore& p : c.per_file_ignores)
    out << "  " << YamlScalar(p.glob) << ": " << YamlList(p.tokens) << "\n";
}

bool ReadImageDockerfiles(ConfigReader& r, const yaml::Node& v) {
  if (!v.IsMap())
    return r.Fail(v,
                  "'image-dockerfiles' must be a map of image repository -> Dockerfile path, not " +
                      PathStr(v.TypeName()));
  Config& c = r.config();
  for (size_t i = 0; i < v.size(); ++i) {
    std::string image, path;
    if (!r.Scalar(v.KeyAt(i), "image-dockerfiles", &image)) return false;
    if (!r.Scalar(v.ValueAt(i), "image-dockerfiles: " + image, &path)) return false;
    if (!ValidRepository(image))
      return r.Fail(v.KeyAt(i), "'image-dockerfiles' keys are image repositories without tag or "
                                "digest (ghcr.io/acme/api), not '" +
                                    image + "'");
    const fs::path base = c.base_dir.empty() ? fs::path(".") : fs::path(c.base_dir);
    const fs::path full = (base / path).lexically_normal();
    std::error_code ec;
    if (path.empty() || !fs::is_regular_file(full, ec))
      return r.Fail(v.ValueAt(i),
                    "Dockerfile '" + path + "' of image '" + image +
                        "' does not exist (paths are relative to the config file's folder)");
    // Stored the way discovery names inputs: relative to the working directory.
    const fs::path cwd = c.working_dir.empty() ? fs::path(".") : fs::path(c.working_dir);
    std::string rel =
        c.base_dir.empty() ? full.generic_string() : full.lexically_relative(cwd).generic_string();
    if (rel.empty()) rel = full.generic_string();
    c.image_dockerfiles[image] = rel;
  }
  return true;
}

void PrintImageDockerfiles(const Config& c, const Registry&, std::ostream& out) {
  if (c.image_dockerfiles.empty()) {
    out << "image-dockerfiles: {}\n";
    return;
  }
  out << "image-dockerfiles:\n";
  for (const auto& [image, path] : c.image_dockerfiles) {
    // Back to the config file's folder, the way the file says it.
    std::string shown = path;
    if (!c.base_dir.empty() && !c.working_dir.empty())
      shown = (fs::path(c.working_dir) / path)
                  .lexically_normal()
                  .lexically_relative(c.base_dir)
                  .generic_string();
    out << "  " << YamlScalar(image) << ": " << YamlScalar(shown) << "\n";
  }
}

bool ReadExternalObjects(ConfigReader& r, const yaml::Node& v) {
  std::vector<std::string> items;
  if (!r.StringList(v, "external-objects", &items)) return false;
  for (size_t i = 0; i < items.size(); ++i) {
    const std::string& item = items[i];
    const size_t slash = item.find('/');
    const std::string_view kind = std::string_view(item).substr(0, slash);
    const bool ok = slash != std::string::npos && (kind == "ConfigMap" || kind == "Secret") &&
                    ValidObjectName(std::string_view(item).substr(slash + 1));
    if (!ok)
      return r.Fail(
          v.IsSequence() ? v.Item(i) : v,
          "'external-objects' items are ConfigMap/<name> or Secret/<name>, not '" + item + "'");
    r.config().external_objects.push_back(item);
  }
  return true;
}

void PrintExternalObjects(const Config& c, const Registry&, std::ostream& out) {
  out << "external-objects: " << YamlList(c.external_objects) << "\n";
}

}  // namespace k8slint
