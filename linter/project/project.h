// Project: every input's facts, linked once per run. Images referenced by workloads and
// values files are linked to the Dockerfiles that build them (config mapping, build
// commands, naming conventions; see docs/project-model.md), rendered manifests to their
// chart, values scopes to the containers that use their image, and Services to the
// workloads they select, through hash indexes (no all-pairs scans). Rules read it in
// Rule::CheckProject. Immutable after construction.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "linter/core/config.h"
#include "linter/project/facts.h"
#include "linter/project/file_table.h"

namespace k8slint::project {

struct WorkloadRef {
  uint32_t file = 0;
  uint32_t index = 0;
};

// An image reference that names no Dockerfile of the inputs, for `k8slint links`.
struct UnlinkedImage {
  Loc at;
  std::string image;
  std::string reason;
};

// A name a Dockerfile is explicitly built as (a build command of the inputs).
struct BuildName {
  std::string repository;
  Loc at;
};

class Project {
 public:
  // Links the facts. `config` supplies image_dockerfiles and external_objects.
  Project(FileTable files, const Config& config);
  Project(const Project&) = delete;
  Project& operator=(const Project&) = delete;

  // The files with facts, in input order.
  const FileTable& files() const { return files_; }
  const FileFacts& file(uint32_t i) const { return files_[i]; }
  const SharedPath& PathOf(const Loc& at) const { return files_[at.file].path; }
  // "path:line", for messages that name the other side of a finding.
  std::string Where(const Loc& at) const;
  // Some input was found by walking a folder. Rules that report something *missing*
  // from the inputs only run then: a pre-commit run sees just the changed files.
  bool walked() const { return walked_; }

  const DockerfileFacts* DockerfileAt(int file) const {
    return file >= 0 ? &*files_[static_cast<size_t>(file)].dockerfile : nullptr;
  }
  // The Dockerfile that builds the image, when linked through its name (config mapping,
  // build command or naming convention); null when unlinked or linked only through the
  // chart's structure, which KM031 reports instead.
  const DockerfileFacts* ImageOf(const ContainerFact& c) const {
    return c.by_structure ? nullptr : DockerfileAt(c.dockerfile);
  }
  const DockerfileFacts* ImageOf(const ValuesScope& v) const {
    return v.by_structure ? nullptr : DockerfileAt(v.dockerfile);
  }
  const Workload& workload(WorkloadRef r) const { return files_[r.file].workloads()[r.index]; }
  // The values scope whose image.repository is this container's image, or null.
  const ValuesScope* ValuesOf(const ContainerFact& c) const;
  // Chart.yaml beside a values file, or null.
  const ChartFact* ChartOfValues(uint32_t values_file) const;

  // What the templates of the chart holding `values_file` say (merged over its templates);
  // null when no template of that chart is an input or none said anything.
  const ChartTemplateFacts* TemplatesOfValues(uint32_t values_file) const;
  // The scope's service.port is also the containerPort, as in the `helm create` scaffold:
  // the chart's templates render a containerPort from it, or, with no template among the
  // inputs, the values set the listening port under no other key.
  bool ServicePortIsContainerPort(uint32_t values_file, const ValuesScope& v) const;
  // The chart's templates default this scope's image.tag to .Chart.AppVersion and its
  // Chart.yaml sets a non-empty appVersion.
  bool TagFollowsAppVersion(uint32_t values_file, const ValuesScope& v) const;

  // Long-running and batch workloads (any file) whose pod labels `s` selects.
  std::vector<WorkloadRef> Selected(const ServiceFact& s) const;
  // Services named `name` (any file) compatible with namespace `ns`.
  std::vector<const ServiceFact*> FindServices(std::string_view name, std::string_view ns) const;
  // Some input defines a workload (a pod template).
  bool has_workloads() const { return workload_count_ > 0; }
  // ConfigMaps (secret = false) or Secrets named `name` compatible with namespace `ns`.
  std::vector<const ConfigObject*> FindConfig(bool secret, std::string_view name,
                                              std::string_view ns) const;
  // Listed in the config's external-objects ("name", "Secret/name", "ConfigMap/name").
  bool IsExternal(bool secret, std::string_view name) const;

  // Names the Dockerfile at `file` is built as by build commands of the inputs.
  const std::vector<BuildName>& BuiltAs(int file) const;
  const std::vector<UnlinkedImage>& unlinked() const { return unlinked_; }

  // Calls fn(file, workload, container) for every container of every workload.
  template <typename Fn>
  void ForEachContainer(Fn&& fn) const {
    for (const FileFacts& f : files_)
      for (const Workload& w : f.workloads())
        for (const ContainerFact& c : w.containers) fn(f, w, c);
  }

 private:
  friend class Linker;
  FileTable files_;
  const Config& config_;
  bool walked_;
  // The indexes by label and by name are sorted vectors of the facts' shared texts, 16
  // or 24 bytes an entry, read by binary search. They are held through the project phase
  // (the run's peak): hash maps keyed by fresh strings ("k=v" for labels) with a vector
  // per key took 1.3 MB at the benchmark's scale 1000 (4,300 label pairs, 2,000
  // ConfigMap and Secret names, 1,000 Service names), these 0.24 MB.
  struct LabelRef {
    SharedText key, value;
    WorkloadRef workload;
  };
  struct NamedRef {
    SharedText name;
    uint32_t file = 0;
    uint32_t index = 0;
  };
  // The pod labels with `key` (and `value`); the entries of `index` named `name`.
  // SharedTexts, not string_views: a selector's texts are interned with the labels', so the
  // search compares equal keys by address.
  std::span<const LabelRef> Labeled(const SharedText& key) const;
  std::span<const LabelRef> Labeled(const SharedText& key, const SharedText& value) const;
  static std::span<const NamedRef> Named(const std::vector<NamedRef>& index, std::string_view name);
  std::vector<LabelRef> labels_;  // every workload's, by key, value, file and workload
  std::unordered_map<std::string, std::vector<WorkloadRef>> templated_by_key_;
  std::vector<NamedRef> config_by_name_;    // by name, then input order
  std::vector<NamedRef> services_by_name_;  // likewise
  size_t workload_count_ = 0;
  std::unordered_map<std::string, uint32_t> chart_by_folder_;
  std::unordered_map<std::string, ChartTemplateFacts> templates_by_chart_;  // chart folder
  std::unordered_map<int, std::vector<BuildName>> built_as_;
  std::vector<UnlinkedImage> unlinked_;
};

}  // namespace k8slint::project
