// Project facts: the few things each input tells the cross-file rules, extracted from
// the already-parsed document model while the file is analysed (see collect.h). They
// hold short strings and positions only, never file contents or secret values, so a
// run's memory does not grow with the size of the inputs. See docs/project-model.md.
//
// They are kept for the whole run, beside every finding, through the project phase (the
// run's peak), so they are held small. Texts are SharedTexts, one copy of each distinct
// text for the whole table (FileTable's TextInterner): the texts of a large tree repeat
// (label keys, env var names, namespaces, .dockerignore patterns), and as std::strings,
// 32 bytes each plus a heap block past 15 characters, the facts of the benchmark's scale
// 1000 took 9.8 MB of heap; interned, 3.4 MB less (heap in use after linking).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "linter/core/image_ref.h"
#include "linter/core/kind.h"
#include "linter/core/position.h"
#include "linter/core/shared_path.h"
#include "linter/core/shared_text.h"
#include "linter/core/sparse_vector.h"

namespace k8slint {
class TextInterner;
}  // namespace k8slint

namespace k8slint::project {

inline constexpr int kNone = -1;

// A place in one of the project's files: an index into Project::files() and a span.
struct Loc {
  uint32_t file = 0;
  Span span;
};

// A port as written somewhere: containerPort, EXPOSE, Service port, values port.
// A named port (`targetPort: http`) has number 0 and its name.
struct PortFact {
  int64_t number = 0;
  SharedText name;
  Loc at;
};

// An environment variable whose name says it sets the app's listening port
// (PORT, HTTP_PORT, ...) with a numeric value. Other values are never kept.
struct PortSetting {
  SharedText key;
  int64_t value = 0;
  Loc at;
};

// Tri-state securityContext value with where it was set ("pod" or "container" level).
// The flags after the place: 32 bytes, where flag, value, place, flag took 40.
struct SecurityValue {
  int64_t value = 0;  // bool as 0/1 for runAsNonRoot; the uid for runAsUser
  Loc at;
  bool set = false;
  bool pod_level = false;
};

// A stage that no later stage of its Dockerfile builds on, copies from or mounts (MS005
// asks whether something else builds it as a target).
struct UnusedStage {
  SharedText name;   // its alias, lower case ("" when unnamed)
  SharedText shown;  // alias or index, as COPY --from would name it
  Loc from;
  SharedText line;  // the FROM line, trimmed: the finding's fingerprint key
};

// A COPY or ADD of the whole build context (`COPY . .`, `ADD ./ /app`) in a stage that ships.
struct ContextCopy {
  Loc at;
  SharedText line;  // the instruction's first line, trimmed
};

struct DockerfileFacts {
  std::vector<SharedText> keys;  // link keys: build-context folder, `<name>.Dockerfile`, title
  SharedText base;               // final stage's base image, as written
  bool base_non_root = false;    // a Linux base documented to run as non-root (base-images.md)
  bool windows = false;          // a Windows base: users are names, no runAsUser
  bool export_stage = false;     // final `FROM scratch` without CMD/ENTRYPOINT: never runs
  Loc from;                      // the final stage's FROM
  bool has_user = false;         // a USER in the final stage or the stages it builds on
  SharedText user;               // its user part ("app", "10001", "root")
  Loc user_at;
  std::optional<int64_t> uid;  // numeric USER, or the uid `useradd -u` gave the named user
  std::vector<PortFact> expose;
  std::vector<PortSetting> env_ports;  // ENV PORT=...
  std::vector<UnusedStage> unused_stages;
  // The final stage's root base (FROM <stage> chains followed), as expanded: the image
  // the size rules estimate.
  SharedText root_base;
  std::vector<ContextCopy> context_copies;
};

// A `.dockerignore` (or BuildKit's `<name>.Dockerfile.dockerignore`): its patterns in
// order, comments and blank lines dropped.
struct DockerignoreFacts {
  std::vector<SharedText> patterns;
};

// One per env var and envFrom of every container (9,500 at the benchmark's scale 1000):
// the flags together after the place, and the port value's flag among them, make it 56
// bytes (std::optional<int64_t> and scattered flags made 72).
struct EnvRef {
  SharedText name;    // env var name (EnvFrom: its prefix)
  SharedText object;  // referenced ConfigMap/Secret name
  SharedText key;     // referenced key ("" for envFrom)
  Loc at;
  bool secret = false;   // secretKeyRef/secretRef, else configMap...
  bool has_ref = false;  // valueFrom configMapKeyRef/secretKeyRef (env), always for envFrom
  bool optional = false;
  // A literal numeric value of a port-like name: any integer, as written (an int64, not
  // a PortNumber: `value: -1` is shown as it is).
  bool has_port_value = false;
  int64_t port_value = 0;
};

// 216 bytes, where 288 held the image's parts apart (one more copy of most of each
// image's text; image_ref() reads them from the image) and the flags between the other
// members.
struct ContainerFact {
  SharedText name;
  SharedText image;  // as written
  Loc at;            // the container's first key
  Loc image_at;
  std::vector<PortFact> ports;
  SecurityValue run_as_non_root, run_as_user;  // effective (container over pod)
  std::vector<EnvRef> env;
  std::vector<EnvRef> env_from;
  bool init = false;             // init or ephemeral container
  bool windows_user = false;     // windowsOptions.runAsUserName at either level
  bool image_templated = false;  // `{{ ... }}` in the image: its parts are not known

  // Filled in by Project's linking.
  bool by_structure = false;  // linked by chart/template/container name, not the image name
  int dockerfile = kNone;     // file index of the image's Dockerfile
  int values_file = kNone;    // the values scope with the same image repository
  int values_scope = kNone;
  SharedText via;  // the convention that linked it

  // The image split into registry, repository, tag and digest; empty when templated.
  ImageRef image_ref() const { return image_templated ? ImageRef{} : ImageRef::Parse(image); }
};

using Labels = std::vector<std::pair<SharedText, SharedText>>;

struct Workload {
  SharedText kind, name, ns;
  SharedText source_template;  // `# Source:` of helm template output
  Loc at;
  Labels labels;  // pod template labels
  std::vector<ContainerFact> containers;
  std::string Describe() const { return kind + "/" + name; }
  std::string chart() const { return source_template.substr(0, source_template.find('/')); }
};

struct ServicePortFact {
  PortFact port;
  PortFact target;  // number 0 and empty name when omitted
  bool has_target = false;
};

// Every Service, with or without a selector (an Ingress may route to either).
struct ServiceFact {
  SharedText name, ns, source_template;
  SharedText type;  // as written; "" means ClusterIP
  Loc at;
  Loc selector_at;
  Labels selector;  // empty: no selector (endpoints managed elsewhere)
  // The selector's line, trimmed: the fingerprint key single-file rules would use there.
  SharedText selector_line;
  std::vector<ServicePortFact> ports;  // those with a literal port number
  std::vector<SharedText> port_names;  // every named port, whatever its number
  bool unknown_port = false;           // some port number is templated or not a number
};

// One Ingress backend: the Service it names and the port (number, or name).
struct IngressBackendFact {
  SharedText service;
  Loc service_at;
  std::optional<PortFact> port;  // absent when not written or templated
  // Their lines, trimmed (fingerprint keys, as for single-file findings).
  SharedText service_line, port_line;
};

struct IngressFact {
  SharedText name, ns, source_template;
  std::vector<IngressBackendFact> backends;
};

// A ConfigMap or Secret: its keys (names only) and any port-like values (rare: a pointer
// while there are none).
struct ConfigObject {
  SharedText name, ns;
  Loc at;
  bool secret = false;
  std::vector<SharedText> keys;
  SparseVector<PortSetting> ports;
};

// The flags together: 296 bytes, where flags between the other members made 328.
struct ValuesScope {
  SharedText component;        // "" for the top level, "frontend" for `frontend.`
  SharedText repository, tag;  // image.repository / image.tag
  Loc repository_at, tag_at;
  std::optional<PortFact> service_port, target_port;
  std::vector<std::pair<SharedText, PortFact>> probe_ports;  // ("livenessProbe", port)
  SecurityValue run_as_non_root, run_as_user;
  // image.tag written but empty (`""`, `~`, no value), wherever image.repository is.
  std::optional<Loc> empty_tag_at;
  bool has_image = false;
  bool tag_set = false;  // a non-empty tag
  // The scope sets the listening port under a key of its own (`containerPorts.http`,
  // `containerPort`, `ports[].containerPort`), so service.port is the Service's port only.
  bool sets_container_port = false;
  bool windows_user = false;  // windowsOptions.runAsUserName
  bool by_structure = false;  // filled in by linking, as are dockerfile and via
  int dockerfile = kNone;
  SharedText via;
};

// What a chart's templates (files under `<chart>/templates/`) say about its values.
struct ChartTemplateFacts {
  std::string chart_folder;  // the folder holding templates/ (and Chart.yaml)
  // Values paths rendered as a containerPort (`service.port`, `frontend.service.port`,
  // `containerPorts.http`); "" for a literal number.
  std::vector<std::string> container_port_values;
  // Prefixes P of `.Values.<P>image.tag` defaulted to .Chart.AppVersion in one action
  // (`{{ .Values.image.tag | default .Chart.AppVersion }}` gives "").
  std::vector<std::string> app_version_tags;
};

struct ChartFact {
  SharedText name, app_version;
  Loc name_at, app_version_at;
};

// A port number or none, in 4 bytes where std::optional<int64_t> takes 16: an EnvKey is
// kept for every key of every .env.example of the run.
class PortNumber {
 public:
  PortNumber() = default;
  PortNumber(std::nullopt_t) {}  // NOLINT(google-explicit-constructor)
  // REQUIRES: 0 <= port < 2^31 (a port setting is a number of at most five digits).
  PortNumber(int64_t port) : port_(static_cast<int32_t>(port)) {}  // NOLINT
  explicit operator bool() const { return port_ >= 0; }
  bool has_value() const { return port_ >= 0; }
  int64_t operator*() const { return port_; }

 private:
  int32_t port_ = -1;
};

struct EnvKey {
  SharedText key;
  Loc at;
  PortNumber port_value;
};

// `docker build -t NAME[:TAG] [-f FILE] CONTEXT` (also buildx, podman, minikube image
// build) found in a script or a documentation code block.
struct BuildCommand {
  SharedText repository;  // NAME without tag
  SharedText context;     // folder, resolved against the document's folder
  SharedText dockerfile;  // -f value resolved likewise; "" = CONTEXT/Dockerfile
  Loc at;
};

// A stage some file builds as a target: `docker build --target NAME` in a script, a
// workflow or docs, compose `build.target`, a bake file's `target =`, build-push-action's
// `target:`. `dockerfile` is the Dockerfile it names, resolved against the file's folder,
// or "" when that cannot be told (the target then counts for every Dockerfile).
struct BuildTarget {
  SharedText target;  // lower case, as stage aliases are
  SharedText dockerfile;
  Loc at;
};

// A compose service built from a Dockerfile of the inputs (`services.<name>.build`).
struct ComposeBuild {
  SharedText service;
  SharedText dockerfile;  // context + dockerfile, resolved against the compose file's folder
  Loc at;                 // the `build` key's value
};

// What a manifest tells (any of them may be empty).
struct ManifestFacts {
  std::vector<Workload> workloads;
  std::vector<ServiceFact> services;
  std::vector<IngressFact> ingresses;
  std::vector<ConfigObject> config_objects;
  bool empty() const {
    return workloads.empty() && services.empty() && ingresses.empty() && config_objects.empty();
  }
};

// How images are built, from scripts, workflows, compose and bake files, docs.
struct BuildFacts {
  std::vector<BuildCommand> builds;
  std::vector<BuildTarget> targets;
  std::vector<ComposeBuild> compose_builds;
  bool empty() const { return builds.empty() && targets.empty() && compose_builds.empty(); }
};

// Everything one input contributes. Index in Project::files() = Loc::file.
struct FileFacts {
  uint32_t index = 0;  // its place in Project::files(), written into every Loc
  InputKind kind = InputKind::kText;
  bool walked = false;        // found by a folder walk (not named on the command line)
  bool env_template = false;  // .env.example and the like
  SharedPath path;
  // Heap-held, a pointer each while absent: a file has one or two kinds of facts, and
  // a large tree has thousands of files with some. The kinds a file has together are
  // held together (ManifestFacts, BuildFacts): one pointer per member was 136 bytes per
  // file, 1 MB for the 7,600 files with facts at the benchmark's scale 1000; 88 now.
  std::unique_ptr<DockerfileFacts> dockerfile;
  std::unique_ptr<ManifestFacts> manifest;
  SparseVector<ValuesScope> values;
  std::unique_ptr<ChartFact> chart;
  SparseVector<EnvKey> env_keys;
  std::unique_ptr<BuildFacts> build;
  std::unique_ptr<ChartTemplateFacts> chart_template;
  std::unique_ptr<DockerignoreFacts> dockerignore;

  // The facts of the groups, empty when the file has none.
  std::span<const Workload> workloads() const { return Of(manifest, &ManifestFacts::workloads); }
  std::span<Workload> workloads() { return Of(manifest, &ManifestFacts::workloads); }
  std::span<const ServiceFact> services() const { return Of(manifest, &ManifestFacts::services); }
  std::span<const IngressFact> ingresses() const { return Of(manifest, &ManifestFacts::ingresses); }
  std::span<const ConfigObject> config_objects() const {
    return Of(manifest, &ManifestFacts::config_objects);
  }
  std::span<const BuildCommand> builds() const { return Of(build, &BuildFacts::builds); }
  std::span<const BuildTarget> targets() const { return Of(build, &BuildFacts::targets); }
  std::span<const ComposeBuild> compose_builds() const {
    return Of(build, &BuildFacts::compose_builds);
  }
  // The groups, made on first use, for the collectors.
  ManifestFacts& mutable_manifest() { return Made(&manifest); }
  BuildFacts& mutable_build() { return Made(&build); }

  // Whether the project keeps this file: every member but the identity must count here.
  bool has_facts() const { return has_located_facts() || chart_template; }
  // Whether a project finding may name this file: every fact but the chart template's,
  // which names no place in the file and is merged per chart (FileTable::Put holds it
  // apart, so a chart's NOTES.txt or _helpers.tpl is not in the project).
  bool has_located_facts() const {
    return dockerfile || (manifest && !manifest->empty()) || !values.empty() || chart ||
           env_template || !env_keys.empty() || (build && !build->empty()) || dockerignore;
  }
  // Frees what the collectors' growth left unused, once the file's facts are complete:
  // they are kept for the whole run.
  void Compact();
  // Rebinds every text to the interner's copy; FileTable::Put calls it.
  void InternTexts(TextInterner* interner);

 private:
  // Non-const: a const FileFacts hands out the span as const.
  template <typename Group, typename T>
  static std::span<T> Of(const std::unique_ptr<Group>& g, std::vector<T> Group::*member) {
    if (!g) return {};
    return (*g).*member;
  }
  template <typename Group>
  static Group& Made(std::unique_ptr<Group>* g) {
    if (!*g) *g = std::make_unique<Group>();
    return **g;
  }
};

// True for env names that set the app's listening port.
bool IsPortSetting(std::string_view name);

}  // namespace k8slint::project
