#include "linter/project/link.h"

#include <cstdint>
#include <algorithm>
#include <cctype>
#include <filesystem>

#include "linter/core/ascii.h"
#include "linter/models/dockerfile/model.h"

namespace k8slint::project {
namespace {

// "mcpServer" / "mcp_server" -> "mcp-server": values keys are camelCase, folders kebab.
std::string Kebab(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (std::isupper(static_cast<unsigned char>(c)) && i > 0 && s[i - 1] != '-' && s[i - 1] != '_')
      out += '-';
    out += c == '_' ? '-' : AsciiLower(c);
  }
  return out;
}

std::string FirstWord(std::string_view s) {
  return std::string(s.substr(0, std::min(s.find('-'), s.find('_'))));
}

std::string NormalPath(const std::string& path) {
  std::string out = std::filesystem::path(path).lexically_normal().generic_string();
  if (out.starts_with("./")) out.erase(0, 2);
  return out;
}

// "ghcr.io/acme/web" for any reference to that repository, whatever its tag.
std::vector<std::string> Components(const std::string& folder) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= folder.size()) {
    size_t slash = std::min(folder.find('/', start), folder.size());
    if (slash > start) out.push_back(folder.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

size_t CommonPrefix(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

// Registries and namespaces that republish or sample other projects' software (the
// Kubernetes project's registries and samples, Docker's official images, Bitnami's
// packaged apps, Microsoft's registry). A repository's own
// Dockerfile named like one of them (`redis-slave/Dockerfile` beside manifests running
// `registry.k8s.io/redis-slave:v2`) is a copy or a wrapper, not what the cluster pulls, so
// these images link only through the config's `images:` or a build command of the inputs,
// never by their last path segment or the chart's structure. Single-segment names
// (`redis`, `todo-backend`) stay linkable: local builds are usually named that way.
constexpr std::string_view kThirdParty[] = {
    "registry.k8s.io/",
    "k8s.gcr.io/",
    "gcr.io/google-samples/",
    "gcr.io/google_samples/",
    "gcr.io/google-containers/",
    "gcr.io/google_containers/",
    "gcr.io/distroless/",
    "docker.io/library/",
    "public.ecr.aws/docker/library/",
    "docker.io/bitnami/",
    "docker.io/bitnamicharts/",
    "quay.io/bitnami/",
    "public.ecr.aws/bitnami/",
    "mcr.microsoft.com/",
};

bool PublishedByThirdParty(const ImageRef& ref) {
  std::string registry = AsciiLower(ref.registry);
  std::string repository = AsciiLower(ref.repository);
  const bool hub = registry.empty() || registry == "docker.io" || registry == "index.docker.io" ||
                   registry == "registry-1.docker.io";
  if (hub) {
    // A bare `redis` may be a local build; `docker.io/redis` is the official image.
    if (repository.find('/') == std::string::npos) {
      if (registry.empty()) return false;
      repository = "library/" + repository;
    }
    registry = "docker.io";
  }
  const std::string full = registry + "/" + repository;
  for (std::string_view prefix : kThirdParty)
    if (full.starts_with(prefix)) return true;
  return false;
}

}  // namespace

int Nearest(const FileTable& files, const std::vector<uint32_t>& candidates,
            const std::string& from) {
  if (candidates.size() == 1) return static_cast<int>(candidates.front());
  const std::vector<std::string> here = Components(NormalPath(FolderOf(from)));
  int best = kNone;
  size_t best_len = 0;
  bool tie = false;
  for (uint32_t c : candidates) {
    const size_t len = CommonPrefix(here, Components(NormalPath(FolderOf(files[c].path))));
    if (best == kNone || len > best_len) {
      best = static_cast<int>(c);
      best_len = len;
      tie = false;
    } else if (len == best_len && static_cast<int>(c) != best) {
      tie = true;
    }
  }
  return tie ? kNone : best;
}

void Linker::Run() {
  Index();
  LinkValues();
  LinkContainers();
}

void Linker::Index() {
  for (const FileFacts& f : p_.files_) {
    const uint32_t i = f.index;
    if (f.chart) {
      prefixes_.push_back(AsciiLower(f.chart->name));
      prefixes_.push_back(FirstWord(AsciiLower(f.chart->name)));
    }
    if (!f.dockerfile) continue;
    std::vector<SharedText> keys = f.dockerfile->keys;
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const std::string& k : keys) by_key_[k].push_back(i);
    const std::string path = NormalPath(f.path);
    by_path_[path] = i;
    const std::string name = AsciiLower(std::filesystem::path(path).filename().string());
    if (name == "dockerfile" || name == "containerfile")
      by_context_[NormalPath(FolderOf(path))] = i;
  }
  for (const FileFacts& f : p_.files_) {
    for (const BuildCommand& b : f.builds()) {
      int df = kNone;
      if (!b.dockerfile.empty()) df = FindDockerfilePath(b.dockerfile);
      else if (auto it = by_context_.find(NormalPath(b.context)); it != by_context_.end())
        df = static_cast<int>(it->second);
      if (df == kNone) continue;
      const std::string full = ImageRef::Parse(b.repository).full_repository();
      by_build_name_[full].push_back(static_cast<uint32_t>(df));
      p_.built_as_[df].push_back({full, b.at});
    }
    for (uint32_t s = 0; s < f.values.size(); ++s)
      if (f.values[s].has_image)
        values_by_repo_[ImageRef::Parse(f.values[s].repository).full_repository()].emplace_back(
            f.index, s);
  }
}

int Linker::FindDockerfilePath(const std::string& path) const {
  const std::string want = NormalPath(path);
  if (auto it = by_path_.find(want); it != by_path_.end()) return static_cast<int>(it->second);
  // Configured paths are relative to the repository; inputs may carry a longer prefix.
  int found = kNone;
  for (const auto& [p, i] : by_path_)
    if (p.size() > want.size() && p.ends_with(want) && p[p.size() - want.size() - 1] == '/') {
      if (found != kNone) return kNone;
      found = static_cast<int>(i);
    }
  return found;
}

Linker::Result Linker::Pick(const std::vector<uint32_t>& candidates, const std::string& from,
                            std::string via) const {
  Result r;
  std::vector<uint32_t> unique = candidates;
  std::sort(unique.begin(), unique.end());
  unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
  if (unique.empty()) return r;
  r.dockerfile = Nearest(p_.files_, unique, from);
  if (r.dockerfile == kNone) {
    r.problem = "ambiguous by " + via + ":";
    for (uint32_t c : unique) r.problem += " " + p_.files_[c].path;
  } else {
    r.via = std::move(via);
  }
  return r;
}

Linker::Result Linker::Resolve(
    const std::string& image, const std::string& from,
    const std::vector<std::pair<std::string, std::string>>& hints) const {
  const ImageRef ref = ImageRef::Parse(image);
  const std::string full = ref.full_repository();
  for (const std::string& key : {full, ref.repository, std::string(ref.name())}) {
    auto it = p_.config_.image_dockerfiles.find(key);
    if (it == p_.config_.image_dockerfiles.end()) continue;
    Result r;
    r.dockerfile = FindDockerfilePath(it->second);
    if (r.dockerfile == kNone)
      r.problem = "configured Dockerfile " + it->second + " is not among the inputs";
    else r.via = "config images: " + key;
    return r;
  }
  if (auto it = by_build_name_.find(full); it != by_build_name_.end())
    return Pick(it->second, from, "build command");
  if (PublishedByThirdParty(ref)) {
    Result r;
    r.problem = "published by another project's registry or namespace: linked only by the "
                "config's images: or a build command";
    return r;
  }
  const std::string name = AsciiLower(ref.name());
  if (auto it = by_key_.find(name); it != by_key_.end())
    return Pick(it->second, from, "image name");
  std::vector<uint32_t> prefixed;
  std::string used_prefix;
  for (size_t pos = name.find_first_of("-_"); pos != std::string::npos;
       pos = name.find_first_of("-_", pos + 1)) {
    auto it = by_key_.find(name.substr(pos + 1));
    if (it == by_key_.end()) continue;
    const std::string prefix = name.substr(0, pos);
    for (uint32_t c : it->second) {
      bool ok = std::find(prefixes_.begin(), prefixes_.end(), prefix) != prefixes_.end();
      for (const std::string& dir :
           Components(AsciiLower(NormalPath(FolderOf(FolderOf(p_.files_[c].path))))))
        ok = ok || dir == prefix || FirstWord(dir) == prefix;
      if (ok) {
        prefixed.push_back(c);
        used_prefix = prefix;
      }
    }
  }
  if (!prefixed.empty())
    return Pick(prefixed, from, "image name with prefix '" + used_prefix + "'");
  for (const auto& [via, key] : hints) {
    if (key.empty()) continue;
    if (auto it = by_key_.find(key); it != by_key_.end()) {
      Result r = Pick(it->second, from, via);
      r.structural = true;
      return r;
    }
  }
  return {};
}

template <class Target>
void Linker::Apply(const Result& r, const Loc& at, const std::string& image, Target* target) {
  target->dockerfile = r.dockerfile;
  target->via = p_.files_.texts()->Intern(r.via);
  target->by_structure = r.structural;
  if (r.dockerfile == kNone)
    p_.unlinked_.push_back({at, image, r.problem.empty() ? "no Dockerfile matches" : r.problem});
}

void Linker::LinkValues() {
  for (FileFacts& f : p_.files_) {
    const ChartFact* chart = f.values.empty() ? nullptr : p_.ChartOfValues(f.index);
    for (ValuesScope& s : f.values) {
      if (!s.has_image) continue;
      std::vector<std::pair<std::string, std::string>> hints;
      if (!s.component.empty())
        hints.emplace_back("values key '" + s.component + "'", Kebab(s.component));
      else if (chart) hints.emplace_back("chart name", AsciiLower(chart->name));
      Apply(Resolve(s.repository, f.path, hints), s.repository_at, s.repository, &s);
    }
  }
}

void Linker::LinkContainers() {
  for (FileFacts& f : p_.files_) {
    for (Workload& w : f.workloads()) {
      const std::string chart = w.chart();
      std::string template_name = std::filesystem::path(w.source_template.str()).stem().string();
      for (ContainerFact& c : w.containers) {
        if (c.image.empty()) continue;
        const std::string full = c.image_ref().full_repository();
        if (auto it = values_by_repo_.find(full); it != values_by_repo_.end()) {
          std::vector<uint32_t> same_chart, any;
          for (const auto& [file, scope] : it->second) {
            any.push_back(file);
            const ChartFact* ch = p_.ChartOfValues(file);
            if (!chart.empty() && ch && ch->name == chart) same_chart.push_back(file);
          }
          const int vf = Nearest(p_.files_, same_chart.empty() ? any : same_chart, f.path);
          for (const auto& [file, scope] : it->second)
            if (static_cast<int>(file) == vf) {
              c.values_file = vf;
              c.values_scope = static_cast<int>(scope);
              break;
            }
        }
        std::vector<std::pair<std::string, std::string>> hints;
        if (const ValuesScope* v = p_.ValuesOf(c); v && v->dockerfile != kNone) {
          c.dockerfile = v->dockerfile;
          c.via = p_.files_.texts()->Intern("values image (" + v->via + ")");
          c.by_structure = v->by_structure;
          continue;
        }
        hints.emplace_back("template " + w.source_template, AsciiLower(template_name));
        hints.emplace_back("container name", AsciiLower(c.name));
        Apply(Resolve(c.image, f.path, hints), c.image_at, c.image, &c);
      }
    }
  }
}

}  // namespace k8slint::project
