// Facts of YAML inputs: workloads, Services, ConfigMaps and Secrets of manifests; the
// image, ports and security settings of values scopes; the name of Chart.yaml.
#include <cstdint>
#include <algorithm>
#include <cctype>

#include "linter/core/text.h"
#include "linter/project/collect.h"
#include "linter/models/yaml/model.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::project {
namespace {

std::optional<int64_t> Number(const yaml::Node& n) {
  if (auto v = n.AsInt()) return v;
  const std::string_view s = n.scalar();  // env values are strings: "3000"
  if (n.IsScalar() && !s.empty() && s.size() < 6 && std::all_of(s.begin(), s.end(), ::isdigit))
    return std::stoll(std::string(s));
  return std::nullopt;
}

PortFact Port(const yaml::Node& n, uint32_t file) {
  PortFact p;
  p.at = {file, n.span()};
  if (auto v = n.AsInt()) p.number = *v;
  else p.name = std::string(n.scalar());
  return p;
}

std::string LineOf(const yaml::File& file, Position at) {
  if (at.line == 0 || at.line > file.source().line_count()) return "";
  return std::string(Trim(file.source().Line(at.line), kSpaceTab));
}

Labels LabelsOf(const yaml::Node& map) {
  Labels out;
  for (size_t i = 0; i < map.size(); ++i)
    if (map.ValueAt(i).IsScalar()) out.emplace_back(map.KeyAt(i).scalar(), map.ValueAt(i).scalar());
  return out;
}

// Windows pods choose their user by name: securityContext.windowsOptions.runAsUserName.
bool SetsWindowsUser(const yaml::Node& container_ctx, const yaml::Node& pod_ctx) {
  return container_ctx.At({"windowsOptions", "runAsUserName"}).IsScalar() ||
         pod_ctx.At({"windowsOptions", "runAsUserName"}).IsScalar();
}

SecurityValue Security(const yaml::Node& container_ctx, const yaml::Node& pod_ctx,
                       std::string_view field, uint32_t file) {
  SecurityValue v;
  const yaml::Node n = yaml::EffectiveSecurityField(container_ctx, pod_ctx, field, &v.pod_level);
  std::optional<int64_t> value = n.AsInt();
  if (!value && n.AsBool()) value = *n.AsBool() ? 1 : 0;
  if (!value) return {};
  v.set = true;
  v.value = *value;
  v.at = {file, n.span()};
  return v;
}

ContainerFact Container(const yaml::PodSpec& pod, const yaml::Container& c, uint32_t file) {
  ContainerFact f;
  f.name = std::string(c.name_text());
  f.init = c.role != yaml::ContainerRole::kContainer;
  f.at = {file, Span::At(c.where())};
  if (c.image.IsScalar()) {
    f.image = std::string(c.image.scalar());
    f.image_templated = c.image.templated();  // the model's image_ref is empty then
    f.image_at = {file, c.image.span()};
  }
  for (const yaml::ContainerPort& p : c.ports) {
    if (!p.container_port.AsInt()) continue;
    PortFact port = Port(p.container_port, file);
    port.name = std::string(p.name.scalar());
    f.ports.push_back(std::move(port));
  }
  f.run_as_non_root = Security(c.security_context, pod.security_context, "runAsNonRoot", file);
  f.run_as_user = Security(c.security_context, pod.security_context, "runAsUser", file);
  f.windows_user = SetsWindowsUser(c.security_context, pod.security_context);
  for (const yaml::EnvVar& e : c.env) {
    EnvRef r;
    r.name = std::string(e.name.scalar());
    r.at = {file, e.name.span()};
    if (e.ref_kind == "configMapKeyRef" || e.ref_kind == "secretKeyRef") {
      r.has_ref = true;
      r.secret = e.ref_kind == "secretKeyRef";
      r.object = std::string(e.ref_name.scalar());
      r.key = std::string(e.ref_key.scalar());
      r.at = {file, e.ref_key ? e.ref_key.span() : e.node.span()};
      r.optional = e.node.At({"valueFrom", e.ref_kind, "optional"}).IsTrue();
    } else if (e.value && IsPortSetting(r.name)) {
      if (const std::optional<int64_t> n = Number(e.value)) {
        r.has_port_value = true;
        r.port_value = *n;
        r.at = {file, e.value.span()};
      }
    }
    f.env.push_back(std::move(r));
  }
  for (const yaml::EnvFrom& e : c.env_from) {
    if (e.ref_kind != "configMapRef" && e.ref_kind != "secretRef") continue;
    EnvRef r;
    r.name = std::string(e.prefix.scalar());
    r.has_ref = true;
    r.secret = e.ref_kind == "secretRef";
    r.object = std::string(e.ref_name.scalar());
    r.at = {file, e.ref_name ? e.ref_name.span() : e.node.span()};
    r.optional = e.node.At({e.ref_kind, "optional"}).IsTrue();
    f.env_from.push_back(std::move(r));
  }
  return f;
}

void CollectManifest(const yaml::File& file, FileFacts* facts) {
  const uint32_t idx = facts->index;
  for (const yaml::PodSpec& pod : file.pods()) {
    const yaml::Object& o = *pod.owner;
    Workload w{std::string(o.kind_text()),
               std::string(o.name_text()),
               std::string(o.namespace_text()),
               o.document->source_template,
               {idx, Span::At(o.node.position())},
               LabelsOf(pod.labels),
               {}};
    if (o.name) w.at.span = o.name.span();
    for (const yaml::Container& c : pod.containers) w.containers.push_back(Container(pod, c, idx));
    facts->mutable_manifest().workloads.push_back(std::move(w));
  }
  for (const yaml::Service& s : file.services()) {
    ServiceFact f{std::string(s.owner->name_text()),
                  std::string(s.owner->namespace_text()),
                  s.owner->document->source_template,
                  std::string(s.type.scalar()),
                  {idx, s.owner->name.span()},
                  {idx, Span::At(s.owner->node.At({"spec"}).KeyPosition("selector"))},
                  s.selector.IsMap() ? LabelsOf(s.selector) : Labels{},
                  LineOf(file, s.owner->node.At({"spec"}).KeyPosition("selector")),
                  {}};
    for (const yaml::ServicePort& p : s.ports) {
      if (p.name.IsScalar()) f.port_names.emplace_back(p.name.scalar());
      if (!p.port.AsInt()) {
        f.unknown_port = true;
        continue;
      }
      ServicePortFact sp;
      sp.port = Port(p.port, idx);
      sp.has_target = p.target_port.IsScalar();
      if (sp.has_target) sp.target = Port(p.target_port, idx);
      f.ports.push_back(std::move(sp));
    }
    facts->mutable_manifest().services.push_back(std::move(f));
  }
  for (const yaml::Ingress& ing : file.ingresses()) {
    IngressFact f{std::string(ing.owner->name_text()),
                  std::string(ing.owner->namespace_text()),
                  ing.owner->document->source_template,
                  {}};
    for (const yaml::IngressBackend& b : ing.backends) {
      if (!b.service_name.IsScalar() || b.service_name.templated()) continue;
      IngressBackendFact bf{std::string(b.service_name.scalar()),
                            {idx, b.service_name.span()},
                            {},
                            LineOf(file, b.service_name.position()),
                            {}};
      if (b.port.IsScalar() && !b.port.templated()) {
        bf.port = Port(b.port, idx);
        bf.port_line = LineOf(file, b.port.position());
      }
      f.backends.push_back(std::move(bf));
    }
    facts->mutable_manifest().ingresses.push_back(std::move(f));
  }
  for (const yaml::Object& o : file.objects()) {
    if (!o.Is("ConfigMap") && !o.Is("Secret")) continue;
    ConfigObject c{std::string(o.name_text()),
                   std::string(o.namespace_text()),
                   {idx, o.name.span()},
                   o.Is("Secret"),
                   {},
                   {}};
    for (const yaml::Node& key : o.data_keys) {
      c.keys.emplace_back(key.scalar());
      // Secret values are never read; a ConfigMap's PORT is configuration.
      if (c.secret || !IsPortSetting(key.scalar())) continue;
      const yaml::Node value = o.node.At({"data"}).Get(key.scalar());
      if (auto n = Number(value))
        c.ports.push_back({std::string(key.scalar()), *n, {idx, value.span()}});
    }
    facts->mutable_manifest().config_objects.push_back(std::move(c));
  }
}

void AddProbe(const char* name, const yaml::Node& probe, uint32_t file, ValuesScope* v) {
  for (const char* handler : {"httpGet", "tcpSocket", "grpc"}) {
    const yaml::Node port = probe.At({handler, "port"});
    if (port.IsScalar()) v->probe_ports.emplace_back(name, Port(port, file));
  }
}

// Bitnami's `containerPorts: {http: 8080}`, a plain `containerPort: 8080`, or a list of
// container ports (`ports: [{name: http, containerPort: 8080}]`).
bool SetsContainerPort(const yaml::Node& scope) {
  if (const yaml::Node m = scope.Get("containerPorts"); m.IsMap())
    for (size_t i = 0; i < m.size(); ++i)
      if (m.ValueAt(i).AsInt()) return true;
  if (scope.Get("containerPort").AsInt()) return true;
  if (const yaml::Node ports = scope.Get("ports"); ports.IsSequence())
    for (size_t i = 0; i < ports.size(); ++i)
      if (ports.Item(i).Get("containerPort").AsInt()) return true;
  return false;
}

void CollectValues(const yaml::File& file, FileFacts* facts) {
  const uint32_t idx = facts->index;
  for (const yaml::Values& s : file.value_scopes()) {
    ValuesScope v;
    v.component = s.prefix.empty() ? "" : s.prefix.substr(0, s.prefix.size() - 1);
    if (s.image_repository.IsScalar() && !s.image_repository.scalar().empty()) {
      v.has_image = true;
      v.repository = std::string(s.image_repository.scalar());
      v.repository_at = {idx, s.image_repository.span()};
      v.tag = std::string(s.image_tag.scalar());
      v.tag_set = s.image_tag.IsScalar() && !v.tag.empty();
      v.tag_at = {idx, s.image_tag ? s.image_tag.span() : s.image_repository.span()};
    }
    if (s.image_tag.valid() && (s.image_tag.IsNull() || s.image_tag.scalar().empty()))
      v.empty_tag_at = Loc{idx, s.image_tag.span()};
    v.sets_container_port = SetsContainerPort(s.root);
    if (s.service_port.AsInt()) v.service_port = Port(s.service_port, idx);
    if (const yaml::Node t = s.service.Get("targetPort"); t.IsScalar())
      v.target_port = Port(t, idx);
    AddProbe("livenessProbe", s.liveness_probe, idx, &v);
    AddProbe("readinessProbe", s.readiness_probe, idx, &v);
    AddProbe("startupProbe", s.root.Get("startupProbe"), idx, &v);
    v.run_as_non_root = Security(s.security_context, s.pod_security_context, "runAsNonRoot", idx);
    v.run_as_user = Security(s.security_context, s.pod_security_context, "runAsUser", idx);
    v.windows_user = SetsWindowsUser(s.security_context, s.pod_security_context);
    facts->values.push_back(std::move(v));
  }
}

}  // namespace

void CollectYaml(const yaml::File& file, FileFacts* facts) {
  switch (file.kind()) {
    case InputKind::kManifest: CollectManifest(file, facts); break;
    case InputKind::kValues: CollectValues(file, facts); break;
    case InputKind::kChart:
      if (const yaml::Chart* c = file.chart(); c && c->name.IsScalar()) {
        facts->chart = std::make_unique<ChartFact>(
            ChartFact{std::string(c->name.scalar()),
                      std::string(c->app_version.scalar()),
                      {facts->index, c->name.span()},
                      {facts->index, c->app_version ? c->app_version.span() : c->name.span()}});
      }
      break;
    default: break;
  }
}

}  // namespace k8slint::project
