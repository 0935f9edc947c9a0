#include "linter/project/project.h"

#include <cstdint>
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <tuple>
#include <vector>

#include "linter/core/ascii.h"
#include "linter/core/controller_labels.h"
#include "linter/project/link.h"

namespace k8slint::project {
namespace {

bool IsTemplatedLabel(std::string_view v) {
  return v.find("{{") != std::string_view::npos || v.find("${") != std::string_view::npos ||
         v.find("{%") != std::string_view::npos;
}

bool SameNamespace(std::string_view a, std::string_view b) {
  return a.empty() || b.empty() || a == b;
}

// Controller-added selector labels (pod-template-hash, statefulset pod-name) are on the
// pods, never in the template, so they match by the workload's kind and name instead;
// OpenShift templates also write `deploymentconfig: <name>` into the template itself.
// A templated label (`app: {{ .Name }}`, `${APP}`) may render to anything: it matches.
bool Selects(const Workload& w, const Labels& selector) {
  for (const auto& label : selector) {
    // Not a structured binding: clang before 16 cannot capture one in a lambda.
    const auto& k = label.first;
    const auto& v = label.second;
    if (IsControllerLabel(k) && ControllerLabelMatches(k, v, w.kind, w.name)) continue;
    const bool found = std::any_of(w.labels.begin(), w.labels.end(), [&](const auto& have) {
      return have.first == k &&
             (have.second == v || IsTemplatedLabel(have.second) || IsTemplatedLabel(v));
    });
    if (!found) return false;
  }
  return true;
}

}  // namespace

std::string FolderOf(const std::string& path) {
  std::string folder =
      std::filesystem::path(path).parent_path().lexically_normal().generic_string();
  while (folder.size() > 1 && folder.back() == '/') folder.pop_back();
  return folder.empty() ? "." : folder;
}

Project::Project(FileTable files, const Config& config)
    : files_(std::move(files)), config_(config), walked_(files_.walked()) {
  size_t labels = 0, configs = 0, services = 0;
  for (const FileFacts& f : files_) {
    for (const Workload& w : f.workloads()) labels += w.labels.size();
    configs += f.config_objects().size();
    services += f.services().size();
  }
  labels_.reserve(labels);
  config_by_name_.reserve(configs);
  services_by_name_.reserve(services);
  for (FileFacts& f : files_) {
    const uint32_t i = f.index;
    walked_ = walked_ || f.walked;
    for (uint32_t w = 0; w < f.workloads().size(); ++w) {
      // Selected() filters the shortest candidate list of a selector's pairs.
      for (const auto& [k, v] : f.workloads()[w].labels) {
        labels_.push_back({k, v, {i, w}});
        if (IsTemplatedLabel(v)) templated_by_key_[k].push_back({i, w});
      }
    }
    for (uint32_t c = 0; c < f.config_objects().size(); ++c)
      config_by_name_.push_back({f.config_objects()[c].name, i, c});
    for (uint32_t s = 0; s < f.services().size(); ++s)
      services_by_name_.push_back({f.services()[s].name, i, s});
    workload_count_ += f.workloads().size();
    if (f.chart) chart_by_folder_[FolderOf(f.path)] = i;
  }
  // Sorted by text (SharedText compares its text; two copies of one interned text are
  // found equal by their address, without comparing characters).
  std::ranges::sort(labels_, {}, [](const LabelRef& l) {
    return std::tie(l.key, l.value, l.workload.file, l.workload.index);
  });
  for (std::vector<NamedRef>* index : {&config_by_name_, &services_by_name_})
    std::ranges::sort(*index, {},
                      [](const NamedRef& n) { return std::tie(n.name, n.file, n.index); });
  // In input order, as the chart's templates are listed.
  for (const std::unique_ptr<ChartTemplateFacts>& t : files_.templates()) {
    if (!t) continue;
    ChartTemplateFacts& all = templates_by_chart_[t->chart_folder];
    all.container_port_values.insert(all.container_port_values.end(),
                                     t->container_port_values.begin(),
                                     t->container_port_values.end());
    all.app_version_tags.insert(all.app_version_tags.end(), t->app_version_tags.begin(),
                                t->app_version_tags.end());
  }
  files_.DropTemplates();  // read through templates_by_chart_ from here on
  Linker(*this).Run();
  files_.DropTexts();
}

std::string Project::Where(const Loc& at) const {
  return files_[at.file].path + ":" + std::to_string(at.span.begin.line);
}

const ValuesScope* Project::ValuesOf(const ContainerFact& c) const {
  if (c.values_file < 0) return nullptr;
  return &files_[static_cast<size_t>(c.values_file)].values[static_cast<size_t>(c.values_scope)];
}

const ChartFact* Project::ChartOfValues(uint32_t values_file) const {
  auto it = chart_by_folder_.find(FolderOf(files_[values_file].path));
  return it == chart_by_folder_.end() ? nullptr : &*files_[it->second].chart;
}

const ChartTemplateFacts* Project::TemplatesOfValues(uint32_t values_file) const {
  auto it = templates_by_chart_.find(FolderOf(files_[values_file].path));
  return it == templates_by_chart_.end() ? nullptr : &it->second;
}

bool Project::ServicePortIsContainerPort(uint32_t values_file, const ValuesScope& v) const {
  const ChartTemplateFacts* t = TemplatesOfValues(values_file);
  const std::vector<ValuesScope>& scopes = files_[values_file].values.vector();
  const auto of_component = [&](const std::string& path) {
    return std::any_of(scopes.begin(), scopes.end(), [&](const ValuesScope& s) {
      return !s.component.empty() && path.starts_with(s.component + ".");
    });
  };
  // Only a template that renders this scope's containerPort decides: a chart's other
  // templates (or a literal port elsewhere) say nothing about a component whose own
  // template is not among the inputs.
  const std::string prefix = v.component.empty() ? "" : v.component + ".";
  bool decided = false;
  static const std::vector<std::string> kNoPaths;
  for (const std::string& path : t ? t->container_port_values : kNoPaths) {
    if (v.component.empty() ? of_component(path) : !path.starts_with(prefix)) continue;
    if (path == prefix + "service.port") return true;
    decided = true;
  }
  return !decided && !v.sets_container_port;
}

bool Project::TagFollowsAppVersion(uint32_t values_file, const ValuesScope& v) const {
  const ChartFact* chart = ChartOfValues(values_file);
  const ChartTemplateFacts* t = TemplatesOfValues(values_file);
  if (!chart || chart->app_version.empty() || !t) return false;
  const std::string prefix = v.component.empty() ? "" : v.component + ".";
  return std::find(t->app_version_tags.begin(), t->app_version_tags.end(), prefix) !=
         t->app_version_tags.end();
}

namespace {

// The entries of sorted `index` whose projection equals `value`. Not std::ranges::
// equal_range: clang 14 with libstdc++ 12 (the sanitized build) cannot compile its subrange.
template <typename T, typename V, typename Proj>
std::span<const T> EqualRange(const std::vector<T>& index, const V& value, Proj proj) {
  const auto first = std::lower_bound(index.begin(), index.end(), value,
                                      [&](const T& e, const V& v) { return proj(e) < v; });
  const auto last = std::upper_bound(first, index.end(), value,
                                     [&](const V& v, const T& e) { return v < proj(e); });
  return {index.data() + (first - index.begin()), static_cast<size_t>(last - first)};
}

}  // namespace

std::span<const Project::LabelRef> Project::Labeled(const SharedText& key) const {
  return EqualRange(labels_, key, [](const LabelRef& l) -> const SharedText& { return l.key; });
}

std::span<const Project::LabelRef> Project::Labeled(const SharedText& key,
                                                    const SharedText& value) const {
  return EqualRange(labels_, std::tie(key, value),
                    [](const LabelRef& l) { return std::tie(l.key, l.value); });
}

std::span<const Project::NamedRef> Project::Named(const std::vector<NamedRef>& index,
                                                  std::string_view name) {
  return EqualRange(index, name, [](const NamedRef& n) { return std::string_view(n.name); });
}

std::vector<WorkloadRef> Project::Selected(const ServiceFact& s) const {
  std::vector<WorkloadRef> out;
  if (s.selector.empty()) return out;
  static const std::vector<WorkloadRef> kNoWorkloads;
  const auto templated = [&](const std::string& key) -> const std::vector<WorkloadRef>& {
    auto it = templated_by_key_.find(key);
    return it == templated_by_key_.end() ? kNoWorkloads : it->second;
  };
  // Candidates: those of the selector's most selective pair. A literal pair is matched by
  // that exact label or a templated value of the key; a templated pair by any value.
  std::optional<std::span<const LabelRef>> best_a;
  const std::vector<WorkloadRef>* best_b = &kNoWorkloads;
  for (const auto& [k, v] : s.selector) {
    if (IsControllerLabel(k)) continue;
    const bool literal = !IsTemplatedLabel(v);
    const std::span<const LabelRef> a = literal ? Labeled(k, v) : Labeled(k);
    const std::vector<WorkloadRef>* b = literal ? &templated(k) : &kNoWorkloads;
    if (!best_a || a.size() + b->size() < best_a->size() + best_b->size()) {
      best_a = a;
      best_b = b;
    }
  }
  const auto consider = [&](WorkloadRef r) {
    const Workload& w = workload(r);
    if (SameNamespace(w.ns, s.ns) && Selects(w, s.selector)) out.push_back(r);
  };
  if (best_a) {
    std::vector<WorkloadRef> candidates;
    candidates.reserve(best_a->size() + best_b->size());
    for (const LabelRef& l : *best_a) candidates.push_back(l.workload);
    candidates.insert(candidates.end(), best_b->begin(), best_b->end());
    const auto key = [](const WorkloadRef& r) { return std::make_pair(r.file, r.index); };
    std::sort(candidates.begin(), candidates.end(),
              [&](const WorkloadRef& x, const WorkloadRef& y) { return key(x) < key(y); });
    candidates.erase(
        std::unique(candidates.begin(), candidates.end(),
                    [&](const WorkloadRef& x, const WorkloadRef& y) { return key(x) == key(y); }),
        candidates.end());
    for (const WorkloadRef& r : candidates) consider(r);
    return out;
  }
  // Only controller labels: rare enough (a per-replica StatefulSet Service) to scan.
  for (const FileFacts& f : files_)
    for (uint32_t w = 0; w < f.workloads().size(); ++w) consider({f.index, w});
  return out;
}

std::vector<const ServiceFact*> Project::FindServices(std::string_view name,
                                                      std::string_view ns) const {
  std::vector<const ServiceFact*> out;
  for (const NamedRef& n : Named(services_by_name_, name)) {
    const ServiceFact& s = files_[n.file].services()[n.index];
    if (SameNamespace(s.ns, ns)) out.push_back(&s);
  }
  return out;
}

std::vector<const ConfigObject*> Project::FindConfig(bool secret, std::string_view name,
                                                     std::string_view ns) const {
  std::vector<const ConfigObject*> out;
  for (const NamedRef& n : Named(config_by_name_, name)) {
    const ConfigObject& o = files_[n.file].config_objects()[n.index];
    if (o.secret == secret && SameNamespace(o.ns, ns)) out.push_back(&o);
  }
  return out;
}

bool Project::IsExternal(bool secret, std::string_view name) const {
  const std::string kind = secret ? "secret/" : "configmap/";
  for (const std::string& e : config_.external_objects) {
    const std::string lower = AsciiLower(e);
    if (e == name || (lower.starts_with(kind) && e.substr(kind.size()) == name)) return true;
  }
  return false;
}

const std::vector<BuildName>& Project::BuiltAs(int file) const {
  static const std::vector<BuildName> kEmpty;
  auto it = built_as_.find(file);
  return it == built_as_.end() ? kEmpty : it->second;
}

}  // namespace k8slint::project
