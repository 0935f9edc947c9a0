// Builds the views of model.h over a parsed Tree. Every lookup follows a fixed path,
// so shared (aliased) nodes are visited once per path and never expanded.
#include "linter/core/excerpt.h"
#include "linter/models/yaml/model.h"

#include <cstdint>
#include <algorithm>

#include "linter/core/controller_labels.h"
#include "linter/models/yaml/object_shape.h"
#include "linter/models/yaml/parallel.h"

namespace k8slint::yaml {

class ViewBuilder {
 public:
  explicit ViewBuilder(File* file) : f_(*file) {}

  void Build() {
    Documents();
    const InputKind kind = f_.kind();
    if (kind == InputKind::kValues) return BuildValues();
    if (kind == InputKind::kChart) return BuildChart();
    if (OtherToolByPath(f_.source().path())) return;
    for (const Document& d : f_.documents_)
      if (LooksLikeObject(d.root)) f_.is_kubernetes_ = true;
    if (!f_.is_kubernetes_) return;
    for (const Document& d : f_.documents_) Objects(d);
    f_.pods_.reserve(f_.objects_.size());  // Object::pod points into it
    for (Object& o : f_.objects_) Views(o);
    f_.BuildIndex();
    std::stable_sort(
        f_.problems_.begin(), f_.problems_.end(),
        [](const Problem& a, const Problem& b) { return a.span.begin < b.span.begin; });
  }

 private:
  void Documents() {
    const Tree& t = *f_.tree_;
    const SourceFile& src = f_.source();
    const uint32_t last = static_cast<uint32_t>(std::max<size_t>(1, src.line_count()));
    for (size_t i = 0; i < t.docs().size(); ++i) {
      Document d;
      d.root = t.root(i);
      d.first_line = t.docs()[i].first_line;
      d.last_line =
          i + 1 < t.docs().size() ? std::max(d.first_line, t.docs()[i + 1].first_line - 1) : last;
      d.source_template = SourceComment(d);
      f_.documents_.push_back(std::move(d));
    }
  }

  // helm template writes `---` then `# Source: <chart>/templates/<file>`; the first
  // document has no `---`, so look from the document's first line to its root and,
  // failing that, at the comment lines just above it.
  std::string SourceComment(const Document& d) const {
    const SourceFile& src = f_.source();
    const uint32_t root_line = d.root.valid() ? d.root.position().line : d.first_line;
    auto match = [](std::string_view line) -> std::string {
      const size_t hash = line.find_first_not_of(" \t");
      if (hash == std::string_view::npos || line[hash] != '#') return "";
      std::string_view rest = line.substr(hash + 1);
      rest.remove_prefix(std::min(rest.find_first_not_of(' '), rest.size()));
      if (!rest.starts_with("Source:")) return "";
      rest.remove_prefix(7);
      while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
      while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
      return std::string(rest);
    };
    for (uint32_t l = d.first_line; l <= root_line && l <= src.line_count(); ++l)
      if (std::string s = match(src.Line(l)); !s.empty()) return s;
    for (uint32_t l = d.first_line; l > 1; --l) {
      const std::string_view line = src.Line(l - 1);
      const size_t c = line.find_first_not_of(" \t");
      if (c != std::string_view::npos && line[c] != '#') break;
      if (std::string s = match(line); !s.empty()) return s;
    }
    return "";
  }

  void AddProblem(Problem::Kind kind, Position at, std::string message, const Document* d) {
    f_.problems_.push_back({kind, Span::At(at), std::move(message), d});
  }

  // `n` if it has the wanted kind; absent (and a problem) if it has another one.
  // Null and missing are simply absent.
  Node Expect(Node n, NodeKind want, std::string_view what) {
    if (!n.HasValue()) return {};
    if (n.kind() == want) return n;
    if (n.templated()) return {};  // `{{ .Values.x }}`: unknown until rendered
    // Scalars are fine as scalars whatever they look like.
    const std::string_view wanted = want == NodeKind::kMap        ? "a map"
                                    : want == NodeKind::kSequence ? "a list"
                                                                  : "a single value";
    AddProblem(Problem::Kind::kWrongType, n.position(),
               std::string(what) + " must be " + std::string(wanted) + ", not " +
                   std::string(n.TypeName()),
               doc_);
    return {};
  }
  Node Map(Node parent, std::string_view key, std::string_view path) {
    return Expect(parent.Get(key), NodeKind::kMap, path);
  }
  Node Seq(Node parent, std::string_view key, std::string_view path) {
    return Expect(parent.Get(key), NodeKind::kSequence, path);
  }
  // A templated value (`{{ .Values.port }}`, `${PORT}`) is absent: only the tool that
  // renders it knows what it is, so no rule may judge it.
  Node Scalar(Node parent, std::string_view key, std::string_view path) {
    const Node n = Expect(parent.Get(key), NodeKind::kScalar, path);
    return n.templated() ? Node() : n;
  }
  // Maps inside a list; items of the wrong type become problems.
  std::vector<Node> Maps(Node seq, std::string_view path) {
    std::vector<Node> out;
    for (size_t i = 0; i < seq.size(); ++i)
      if (Node m = Expect(seq.Item(i), NodeKind::kMap, path)) out.push_back(m);
    return out;
  }

  void Objects(const Document& d) {
    doc_ = &d;
    if (!d.root.HasValue()) return;  // empty document (a template that rendered nothing)
    if (!d.root.IsMap()) {
      AddProblem(Problem::Kind::kMissingApiVersionOrKind, d.root.position(),
                 "document is " + std::string(d.root.TypeName()) +
                     ", not a Kubernetes object (a map with apiVersion and kind)",
                 &d);
      return;
    }
    const Node kind = d.root.Get("kind");
    const Node items = d.root.Get("items");
    if (kind.IsScalar() && kind.scalar().ends_with("List") && items.IsSequence()) {
      AddObject(d, d.root, d.first_line, d.last_line);  // the List itself
      for (size_t i = 0; i < items.size(); ++i) {
        const Node item = items.Item(i);
        if (!Expect(item, NodeKind::kMap, "items[" + std::to_string(i) + "]")) continue;
        const uint32_t first = item.position().line;
        const uint32_t last = i + 1 < items.size()
                                  ? std::max(first, items.Item(i + 1).position().line - 1)
                                  : d.last_line;
        AddObject(d, item, first, last);
      }
      return;
    }
    AddObject(d, d.root, d.first_line, d.last_line);
  }

  void AddObject(const Document& d, Node n, uint32_t first, uint32_t last) {
    Object o;
    o.document = &d;
    o.node = n;
    o.first_line = first;
    o.last_line = last;
    o.api_version = Scalar(n, "apiVersion", "apiVersion");
    o.kind = Scalar(n, "kind", "kind");
    const bool has_api = o.api_version || n.Get("apiVersion").templated();
    const bool has_kind = o.kind || n.Get("kind").templated();
    if (!has_api || !has_kind) {
      std::string missing = !has_api && !has_kind ? "apiVersion and kind"
                            : !has_api            ? "apiVersion"
                                                  : "kind";
      AddProblem(Problem::Kind::kMissingApiVersionOrKind, n.position(),
                 "object has no " + missing + "; kubectl cannot tell what it is", &d);
    }
    o.metadata = Map(n, "metadata", "metadata");
    o.name = Scalar(o.metadata, "name", "metadata.name");
    o.namespace_ = Scalar(o.metadata, "namespace", "metadata.namespace");
    o.labels = Map(o.metadata, "labels", "metadata.labels");
    o.annotations = Map(o.metadata, "annotations", "metadata.annotations");
    f_.objects_.push_back(std::move(o));
  }

  void Views(Object& o) {
    doc_ = o.document;
    const std::string_view k = o.kind_text();
    if (k == "Pod") {
      Pod(o, o.node.Get("spec"), "spec", o.labels);
    } else if (IsTemplateWorkload(o)) {
      Template(o, Map(o.node, "spec", "spec"), "spec.template");
    } else if (k == "CronJob") {
      const Node job = Map(Map(o.node, "spec", "spec"), "jobTemplate", "spec.jobTemplate");
      Template(o, Map(job, "spec", "spec.jobTemplate.spec"), "spec.jobTemplate.spec.template");
    } else if (k == "Service") {
      BuildService(o);
    } else if (k == "Ingress") {
      BuildIngress(o);
    } else if (k == "ConfigMap" || k == "Secret") {
      for (std::string_view key : {"data", "stringData", "binaryData"}) {
        const Node m = Map(o.node, key, key);
        for (size_t i = 0; i < m.size(); ++i) o.data_keys.push_back(m.KeyAt(i));
      }
    }
  }

  // Kinds whose spec.template is a pod template, as kube-linter's DeploymentLike group
  // reads them, plus Argo Rollouts (a Rollout may instead point at a Deployment with
  // spec.workloadRef; it then has no template and no pod here). Rollout is a common word,
  // so only Argo's API group counts.
  static bool IsTemplateWorkload(const Object& o) {
    const std::string_view k = o.kind_text();
    if (k == "Deployment" || k == "StatefulSet" || k == "DaemonSet" || k == "ReplicaSet" ||
        k == "ReplicationController" || k == "Job" || k == "DeploymentConfig")
      return true;
    return k == "Rollout" && (o.api_version.scalar().starts_with("argoproj.io/") ||
                              o.node.Get("apiVersion").templated());
  }

  void Template(Object& o, Node spec, const std::string& path) {
    const Node tmpl = Map(spec, "template", path);
    const Node labels =
        Map(Map(tmpl, "metadata", path + ".metadata"), "labels", path + ".metadata.labels");
    Pod(o, tmpl.Get("spec"), path + ".spec", labels);
  }

  void Pod(Object& o, Node spec_node, const std::string& path, Node labels) {
    const Node spec = Expect(spec_node, NodeKind::kMap, path);
    if (!spec) return;
    PodSpec p;
    p.owner = &o;
    p.spec = spec;
    p.labels = labels;
    p.security_context = Map(spec, "securityContext", path + ".securityContext");
    p.host_pid = spec.Get("hostPID");
    p.host_network = spec.Get("hostNetwork");
    p.host_ipc = spec.Get("hostIPC");
    p.restart_policy = Scalar(spec, "restartPolicy", path + ".restartPolicy");
    p.batch = o.Is("Job") || o.Is("CronJob");
    const std::string_view rp = p.restart_policy.scalar();
    p.long_running = !p.batch && rp != "Never" && rp != "OnFailure";
    const std::pair<std::string_view, ContainerRole> lists[] = {
        {"containers", ContainerRole::kContainer},
        {"initContainers", ContainerRole::kInit},
        {"ephemeralContainers", ContainerRole::kEphemeral}};
    for (const auto& [key, role] : lists) {
      const std::string cpath = path + "." + std::string(key);
      for (Node c : Maps(Seq(spec, key, cpath), cpath + "[]"))
        p.containers.push_back(BuildContainer(c, role, cpath + "[]"));
    }
    for (Node v : Maps(Seq(spec, "volumes", path + ".volumes"), path + ".volumes[]"))
      p.volumes.push_back({v, Scalar(v, "name", "volume name"),
                           Scalar(Map(v, "hostPath", "volume hostPath"), "path", "hostPath.path")});
    p.partial = f_.source().patch() ||
                (!p.containers.empty() &&
                 std::none_of(p.containers.begin(), p.containers.end(),
                              [](const Container& c) { return c.node.Get("image").HasValue(); }));
    f_.pods_.push_back(std::move(p));
    o.pod = &f_.pods_.back();
  }

  Container BuildContainer(Node n, ContainerRole role, const std::string& path) {
    Container c;
    c.role = role;
    c.node = n;
    c.name = Scalar(n, "name", path + ".name");
    c.image = Scalar(n, "image", path + ".image");
    if (c.image && !c.image.templated()) c.image_ref = ImageRef::Parse(c.image.scalar());
    for (Node pn : Maps(Seq(n, "ports", path + ".ports"), path + ".ports[]")) {
      ContainerPort p;
      p.node = pn;
      p.name = Scalar(pn, "name", "port name");
      p.container_port = Number(pn, "containerPort", "containerPort");
      p.host_port = Number(pn, "hostPort", "hostPort");
      p.number = p.container_port.AsInt().value_or(0);
      if (Node proto = Scalar(pn, "protocol", "protocol")) p.protocol = proto.scalar();
      c.ports.push_back(std::move(p));
    }
    c.liveness = BuildProbe(n, "livenessProbe", path);
    c.readiness = BuildProbe(n, "readinessProbe", path);
    c.startup = BuildProbe(n, "startupProbe", path);
    c.resources = Map(n, "resources", path + ".resources");
    c.requests = Map(c.resources, "requests", "resources.requests");
    c.limits = Map(c.resources, "limits", "resources.limits");
    c.security_context = Map(n, "securityContext", path + ".securityContext");
    for (Node e : Maps(Seq(n, "env", path + ".env"), path + ".env[]")) {
      EnvVar v;
      v.node = e;
      v.name = Scalar(e, "name", "env name");
      v.value = e.Get("value");
      const Node from = Map(e, "valueFrom", "env valueFrom");
      for (size_t i = 0; i < from.size(); ++i) {
        v.ref_kind = from.KeyAt(i).scalar();
        const Node ref =
            Expect(from.ValueAt(i), NodeKind::kMap, "valueFrom." + std::string(v.ref_kind));
        v.ref_name = ref.Get("name");
        v.ref_key = ref.Get("key");
      }
      c.env.push_back(v);
    }
    for (Node m : Maps(Seq(n, "volumeMounts", path + ".volumeMounts"), path + ".volumeMounts[]"))
      c.volume_mounts.push_back({m, Scalar(m, "name", "volumeMount name"),
                                 Scalar(m, "mountPath", "mountPath"), m.Get("readOnly")});
    for (Node e : Maps(Seq(n, "envFrom", path + ".envFrom"), path + ".envFrom[]")) {
      EnvFrom v;
      v.node = e;
      for (std::string_view kind : {"configMapRef", "secretRef"}) {
        if (Node ref = Map(e, kind, "envFrom." + std::string(kind))) {
          v.ref_kind = kind;
          v.ref_name = ref.Get("name");
        }
      }
      v.prefix = e.Get("prefix");
      c.env_from.push_back(v);
    }
    return c;
  }

  // A number field: a quoted or non-numeric value is a type problem.
  Node Number(Node parent, std::string_view key, std::string_view what) {
    const Node n = parent.Get(key);
    if (!n.HasValue()) return {};
    if (n.AsInt()) return n;
    if (n.templated()) return {};
    AddProblem(Problem::Kind::kWrongType, n.position(),
               std::string(what) + " must be a number, not " +
                   (n.quoted() ? "the string \"" + std::string(n.scalar()) + "\""
                               : std::string(n.TypeName())),
               doc_);
    return {};
  }

  Probe BuildProbe(Node container, std::string_view key, const std::string& path) {
    Probe p;
    p.node = Map(container, key, path + "." + std::string(key));
    if (!p.node) return p;
    for (std::string_view h : {"httpGet", "tcpSocket", "grpc", "exec"}) {
      if (Node hn = Map(p.node, h, std::string(key) + "." + std::string(h))) {
        p.handler = h;
        p.handler_node = hn;
        p.port = hn.Get("port");
        p.path = hn.Get("path");
      }
    }
    return p;
  }

  void BuildService(Object& o) {
    Service s;
    s.owner = &o;
    s.spec = Map(o.node, "spec", "spec");
    s.selector = Map(s.spec, "selector", "spec.selector");
    s.type = Scalar(s.spec, "type", "spec.type");
    for (Node pn : Maps(Seq(s.spec, "ports", "spec.ports"), "spec.ports[]")) {
      ServicePort p;
      p.node = pn;
      p.name = Scalar(pn, "name", "port name");
      p.port = Number(pn, "port", "port");
      p.target_port = Scalar(pn, "targetPort", "targetPort");
      p.node_port = Number(pn, "nodePort", "nodePort");
      if (Node proto = Scalar(pn, "protocol", "protocol")) p.protocol = proto.scalar();
      s.ports.push_back(std::move(p));
    }
    f_.services_.push_back(std::move(s));
  }

  void Backend(Ingress& ing, Node b) {
    if (!b.IsMap()) return;
    IngressBackend out;
    out.node = b;
    if (Node svc = Map(b, "service", "backend.service")) {  // networking.k8s.io/v1
      out.service_name = svc.Get("name");
      const Node port = Map(svc, "port", "backend.service.port");
      out.port = port.Get("number") ? port.Get("number") : port.Get("name");
    } else if (b.Get("serviceName")) {  // v1beta1
      out.service_name = b.Get("serviceName");
      out.port = b.Get("servicePort");
    } else {
      return;  // a resource backend
    }
    ing.backends.push_back(out);
  }

  void BuildIngress(Object& o) {
    Ingress ing;
    ing.owner = &o;
    const Node spec = Map(o.node, "spec", "spec");
    Backend(ing, spec.Get("defaultBackend"));
    Backend(ing, spec.Get("backend"));
    for (Node rule : Maps(Seq(spec, "rules", "spec.rules"), "spec.rules[]"))
      for (Node path : Maps(Seq(Map(rule, "http", "http"), "paths", "http.paths"), "paths[]"))
        Backend(ing, path.Get("backend"));
    f_.ingresses_.push_back(std::move(ing));
  }

  void BuildValues() {
    if (f_.documents_.empty()) return;
    doc_ = &f_.documents_.front();
    const Node root = Expect(doc_->root, NodeKind::kMap, "values");
    if (!root) return;
    f_.values_.push_back(ValuesScope(root, ""));
    for (size_t i = 0; i < root.size(); ++i) {
      const Node v = root.ValueAt(i);
      if (!v.IsMap() || !root.KeyAt(i).IsScalar()) continue;
      if (!v.Get("image").IsMap() && !v.GetKey("resources") && !v.GetKey("securityContext") &&
          !v.GetKey("livenessProbe") && !v.GetKey("readinessProbe"))
        continue;
      f_.values_.push_back(ValuesScope(v, std::string(root.KeyAt(i).scalar()) + "."));
    }
  }

  static Values ValuesScope(Node root, std::string prefix) {
    Values v;
    v.prefix = std::move(prefix);
    v.root = root;
    v.image = v.root.Get("image");
    if (v.image.IsMap()) {
      v.image_repository = v.image.Get("repository");
      v.image_tag = v.image.Get("tag");
      v.image_pull_policy = v.image.Get("pullPolicy");
    }
    v.pod_security_context = v.root.Get("podSecurityContext");
    v.security_context = v.root.Get("securityContext");
    v.resources = v.root.Get("resources");
    v.liveness_probe = v.root.Get("livenessProbe");
    v.readiness_probe = v.root.Get("readinessProbe");
    v.service = v.root.Get("service");
    v.service_type = v.service.Get("type");
    v.service_port = v.service.Get("port");
    v.replica_count = v.root.Get("replicaCount");
    return v;
  }

  void BuildChart() {
    if (f_.documents_.empty()) return;
    doc_ = &f_.documents_.front();
    Chart c;
    c.root = Expect(doc_->root, NodeKind::kMap, "Chart.yaml");
    if (!c.root) return;
    c.api_version = c.root.Get("apiVersion");
    c.name = c.root.Get("name");
    c.version = c.root.Get("version");
    c.app_version = c.root.Get("appVersion");
    c.type = c.root.Get("type");
    f_.chart_ = c;
  }

  File& f_;
  const Document* doc_ = nullptr;
};

File::File(const SourceFile& source, std::unique_ptr<Tree> tree)
    : source_(&source), tree_(std::move(tree)) {}

std::unique_ptr<File> Parse(const SourceFile& source, std::vector<ParseError>* errors) {
  return Parse(source, errors, 1);
}

std::unique_ptr<File> Parse(const SourceFile& source, std::vector<ParseError>* errors, int threads,
                            std::span<const std::string_view> unread_kinds) {
  auto file = std::make_unique<File>(source, ParseTree(source, errors, threads, unread_kinds));
  ViewBuilder(file.get()).Build();
  return file;
}

const ContainerPort* Container::FindPort(const Node& number_or_name) const {
  if (!number_or_name.IsScalar()) return nullptr;
  const std::optional<int64_t> n = number_or_name.AsInt();
  for (const ContainerPort& p : ports) {
    if (n ? p.number == *n : (p.name && p.name.scalar() == number_or_name.scalar())) return &p;
  }
  return nullptr;
}

std::string Object::Describe() const {
  std::string out = kind_text().empty() ? std::string("object") : Excerpt(kind_text());
  if (!name_text().empty()) out += "/" + Excerpt(name_text());
  return out;
}

bool Object::SameNamespace(const Object& other) const {
  return namespace_text().empty() || other.namespace_text().empty() ||
         namespace_text() == other.namespace_text();
}

std::string WithTemplate(const Object& object, std::string message) {
  if (object.document && !object.document->source_template.empty())
    message += " (from template " + object.document->source_template + ")";
  return message;
}

}  // namespace k8slint::yaml
