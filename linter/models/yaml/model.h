// The YAML document model: a yaml::Tree (every key and value with its position) plus
// views that rules read: Kubernetes objects (List items unpacked), a uniform pod-spec
// view of every workload kind, Services, Ingresses, ConfigMaps/Secrets, and the Helm
// values.yaml and Chart.yaml conventions. Views hold Node handles, so every fact keeps
// its position. Built once per file by yaml::Parse; immutable afterwards; rules take
// it by const reference. See docs/yaml-model.md.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "linter/core/image_ref.h"
#include "linter/core/kind.h"
#include "linter/core/source.h"
#include "linter/models/yaml/tree.h"

namespace k8slint::yaml {

// One YAML document of the stream.
struct Document {
  Node root;
  uint32_t first_line = 1;  // its `---` or first token
  uint32_t last_line = 1;   // the line before the next document, or the last line
  // From helm template's `# Source: chart/templates/x.yaml` comment; "" if none.
  std::string source_template;
};

struct Object;

// A container's port (`ports[i]`).
struct ContainerPort {
  Node node;            // the port's map
  Node name;            // absent if unnamed
  Node container_port;  // the containerPort value
  Node host_port;
  int64_t number = 0;  // containerPort, 0 when missing or not a number
  std::string protocol = "TCP";
};

// A probe: which handler it uses and the port it targets.
struct Probe {
  Node node;                 // the probe's map; absent when the container has none
  std::string_view handler;  // "httpGet", "tcpSocket", "grpc", "exec" or ""
  Node handler_node;
  Node port;  // handler's port (number or name); absent for exec
  Node path;  // httpGet.path
  bool present() const { return node.valid() && node.IsMap(); }
};

struct EnvVar {
  Node node;
  Node name;
  Node value;  // literal `value`, absent if valueFrom
  // valueFrom.configMapKeyRef / secretKeyRef (absent otherwise)
  std::string_view ref_kind;  // "configMapKeyRef", "secretKeyRef", "fieldRef", ... or ""
  Node ref_name;
  Node ref_key;
};

struct EnvFrom {
  Node node;
  std::string_view ref_kind;  // "configMapRef" or "secretRef"
  Node ref_name;
  Node prefix;
};

// A container's `volumeMounts[i]`.
struct VolumeMount {
  Node node;
  Node name;
  Node mount_path;
  Node read_only;
};

// A pod volume (`spec.volumes[i]`); host_path is hostPath.path, absent for other types.
struct Volume {
  Node node;
  Node name;
  Node host_path;
};

enum class ContainerRole { kContainer, kInit, kEphemeral };

struct Container {
  ContainerRole role = ContainerRole::kContainer;
  Node node;  // the container's map
  Node name;
  Node image;
  ImageRef image_ref;  // parsed from image (empty when absent)
  std::vector<ContainerPort> ports;
  Probe liveness, readiness, startup;
  Node resources;         // map or absent
  Node requests, limits;  // maps or absent
  Node security_context;  // map or absent
  std::vector<EnvVar> env;
  std::vector<EnvFrom> env_from;
  std::vector<VolumeMount> volume_mounts;
  std::string_view name_text() const { return name.scalar(); }
  // A port declared by this container, by name or number (absent node = none).
  const ContainerPort* FindPort(const Node& number_or_name) const;
  // Position for "this container lacks X" findings: the start of its map (its
  // first key, usually `name`, just after the `- `).
  Position where() const { return node.position(); }
};

// Any workload's pod spec: Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet,
// ReplicationController, Job, CronJob (its jobTemplate), OpenShift DeploymentConfig and
// Argo Rollouts Rollout (kube-linter's DeploymentLike kinds, plus Rollout).
struct PodSpec {
  const Object* owner = nullptr;
  Node spec;              // the PodSpec map
  Node labels;            // pod template labels (Pod: metadata.labels)
  Node security_context;  // pod-level
  Node host_pid, host_network, host_ipc;
  Node restart_policy;
  std::vector<Container> containers;  // containers, then init, then ephemeral
  std::vector<Volume> volumes;
  // Serves until deleted: not a Job/CronJob, not a Pod with restartPolicy Never/OnFailure.
  bool long_running = true;
  bool batch = false;  // Job or CronJob
  // A fragment merged into a workload defined elsewhere: the file is a kustomize patch
  // (SourceFile::patch), or no container names an image, which only a patch omits. The
  // rules that report something missing (probes, resources, securityContext fields)
  // skip it; what is written (privileged: true) is still judged.
  bool partial = false;
};

struct ServicePort {
  Node node;
  Node name;
  Node port;
  Node target_port;  // absent means "same as port"
  Node node_port;
  std::string protocol = "TCP";
};

struct Service {
  const Object* owner = nullptr;
  Node spec;
  Node selector;  // map or absent
  Node type;      // absent means ClusterIP
  std::vector<ServicePort> ports;
  std::string_view type_text() const { return type ? type.scalar() : "ClusterIP"; }
};

// One Ingress backend (networking.k8s.io/v1 or the v1beta1 serviceName/servicePort).
struct IngressBackend {
  Node node;
  Node service_name;
  Node port;  // number or name
};

struct Ingress {
  const Object* owner = nullptr;
  std::vector<IngressBackend> backends;
};

// A Kubernetes object: a document's root map or an item of a `*List`.
struct Object {
  const Document* document = nullptr;
  Node node;
  Node api_version, kind;  // absent when missing
  Node metadata, name, namespace_, labels, annotations;
  uint32_t first_line = 1, last_line = 1;  // lines it spans (for annotation suppressions)
  const PodSpec* pod = nullptr;            // for workloads
  std::vector<Node> data_keys;             // ConfigMap/Secret data, stringData, binaryData keys

  std::string_view kind_text() const { return kind.scalar(); }
  std::string_view name_text() const { return name.scalar(); }
  std::string_view namespace_text() const { return namespace_.scalar(); }
  bool Is(std::string_view k) const { return kind.scalar() == k; }
  // "Deployment/web", for messages.
  std::string Describe() const;
  // Empty namespace = not written: it could be deployed anywhere, so it matches all.
  bool SameNamespace(const Object& other) const;
};

// values.yaml read with the `helm create` scaffold conventions. Nodes are absent when
// the key is missing. One scope is the file's top level; charts that deploy several
// components (`frontend.image`, `backend.resources`, ...) get one more scope per
// top-level map that has the scaffold's keys (an `image` map, `resources`,
// `securityContext` or a probe).
struct Values {
  std::string prefix;  // "" for the top level, "frontend." for a component
  Node root;           // the scope's map
  Node image, image_repository, image_tag, image_pull_policy;
  Node pod_security_context, security_context;
  Node resources;
  Node liveness_probe, readiness_probe;
  Node service, service_type, service_port;
  Node replica_count;
};

// Chart.yaml.
struct Chart {
  Node root;
  Node api_version, name, version, app_version, type;
};

// A problem the model found while building views (rules KM001/KM002 report them).
struct Problem {
  enum class Kind { kMissingApiVersionOrKind, kWrongType };
  Kind kind;
  Span span;
  std::string message;
  const Document* document = nullptr;
};

class File {
 public:
  File(const SourceFile& source, std::unique_ptr<Tree> tree);
  File(const File&) = delete;
  File& operator=(const File&) = delete;

  const SourceFile& source() const { return *source_; }
  InputKind kind() const { return source_->kind(); }
  const Tree& tree() const { return *tree_; }
  const std::vector<Document>& documents() const { return documents_; }
  // Some document is shaped like a Kubernetes object (object_shape.h) and the name is
  // not another tool's. A manifest-kind file that is not (a GitHub workflow,
  // docker-compose.yaml, Grafana provisioning, a Helm index.yaml) is plain YAML: no
  // objects and no findings.
  bool is_kubernetes() const { return is_kubernetes_; }

  const std::vector<Object>& objects() const { return objects_; }
  const std::vector<PodSpec>& pods() const { return pods_; }
  const std::vector<Service>& services() const { return services_; }
  const std::vector<Ingress>& ingresses() const { return ingresses_; }
  // kValues only: the top-level scope (null when the file is not a map), and every scope.
  const Values* values() const {
    return !values_.empty() && values_.front().prefix.empty() ? &values_.front() : nullptr;
  }
  const std::vector<Values>& value_scopes() const { return values_; }
  const Chart* chart() const { return chart_ ? &*chart_ : nullptr; }  // kChart only
  const std::vector<Problem>& problems() const { return problems_; }

  // Pods of workloads whose template labels `selector` (a map) selects, in the same
  // namespace as `by`. An empty selector selects nothing.
  std::vector<const PodSpec*> Selected(const Node& selector, const Object& by) const;
  // The Service named `name` in `by`'s namespace, or null.
  const Service* FindService(std::string_view name, const Object& by) const;
  // Pods and Services the two lookups above examined so far: tests assert that the work
  // grows linearly with the file (both are indexed, selector_index.cpp).
  uint64_t lookups() const { return lookups_; }

 private:
  friend class ViewBuilder;
  const SourceFile* source_;
  std::unique_ptr<Tree> tree_;
  std::vector<Document> documents_;
  bool is_kubernetes_ = false;
  std::vector<Object> objects_;
  std::vector<PodSpec> pods_;
  std::vector<Service> services_;
  std::vector<Ingress> ingresses_;
  std::vector<Values> values_;
  std::optional<Chart> chart_;
  std::vector<Problem> problems_;

  // Built once per file after the views (selector_index.cpp), so a Service's selector or
  // an Ingress backend costs the candidates of one label pair or name, not every pod or
  // Service of a 50 MB manifest.
  struct PairHash {
    size_t operator()(const std::pair<std::string_view, std::string_view>& p) const;
  };
  void BuildIndex();
  std::vector<uint32_t> Candidates(const Node& selector) const;
  std::unordered_map<std::pair<std::string_view, std::string_view>, std::vector<uint32_t>,
                     PairHash>
      pods_by_label_;  // literal label key and value -> pod indexes, ascending
  std::unordered_map<std::string_view, std::vector<uint32_t>> pods_by_key_;  // any scalar value
  std::unordered_map<std::string_view, std::vector<uint32_t>> pods_templated_key_;
  std::unordered_map<std::string_view, std::vector<uint32_t>> services_by_name_;
  mutable uint64_t lookups_ = 0;
};

// Parses `source` and builds the views. Never fails: syntax errors land in `errors`
// (reported as K8L001), type problems in File::problems().
// REQUIRES: `source` outlives the file.
std::unique_ptr<File> Parse(const SourceFile& source, std::vector<ParseError>* errors);

// `message`, plus " (from template <t>)" when the object came from a rendered Helm
// template, so findings name the file the user edits.
std::string WithTemplate(const Object& object, std::string message);

}  // namespace k8slint::yaml
