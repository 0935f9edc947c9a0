#include "linter/project/facts.h"

#include "linter/core/text_interner.h"

namespace k8slint::project {
namespace {

void Compact(ContainerFact& c) {
  c.ports.shrink_to_fit();
  c.env.shrink_to_fit();
  c.env_from.shrink_to_fit();
}

// Every text of the facts: a text left out is kept as a copy of its own (more memory,
// same results).
class InternEach {
 public:
  explicit InternEach(TextInterner* interner) : interner_(interner) {}
  void operator()(SharedText& t) const {
    if (!t.empty()) t = interner_->Intern(t);
  }
  void operator()(std::vector<SharedText>& ts) const {
    for (SharedText& t : ts) (*this)(t);
  }
  void operator()(PortFact& p) const { (*this)(p.name); }
  void operator()(Labels& labels) const {
    for (auto& [k, v] : labels) {
      (*this)(k);
      (*this)(v);
    }
  }
  void operator()(DockerfileFacts& d) const {
    (*this)(d.keys);
    (*this)(d.base);
    (*this)(d.user);
    (*this)(d.root_base);
    for (PortFact& p : d.expose) (*this)(p);
    for (PortSetting& p : d.env_ports) (*this)(p.key);
    for (UnusedStage& u : d.unused_stages) {
      (*this)(u.name);
      (*this)(u.shown);
      (*this)(u.line);
    }
    for (ContextCopy& c : d.context_copies) (*this)(c.line);
  }
  void operator()(EnvRef& e) const {
    (*this)(e.name);
    (*this)(e.object);
    (*this)(e.key);
  }
  void operator()(ContainerFact& c) const {
    (*this)(c.name);
    (*this)(c.image);
    for (PortFact& p : c.ports) (*this)(p);
    for (EnvRef& e : c.env) (*this)(e);
    for (EnvRef& e : c.env_from) (*this)(e);
  }
  void operator()(Workload& w) const {
    (*this)(w.kind);
    (*this)(w.name);
    (*this)(w.ns);
    (*this)(w.source_template);
    (*this)(w.labels);
    for (ContainerFact& c : w.containers) (*this)(c);
  }
  void operator()(ServiceFact& s) const {
    (*this)(s.name);
    (*this)(s.ns);
    (*this)(s.source_template);
    (*this)(s.type);
    (*this)(s.selector);
    (*this)(s.selector_line);
    for (ServicePortFact& p : s.ports) {
      (*this)(p.port);
      (*this)(p.target);
    }
    (*this)(s.port_names);
  }
  void operator()(IngressFact& i) const {
    (*this)(i.name);
    (*this)(i.ns);
    (*this)(i.source_template);
    for (IngressBackendFact& b : i.backends) {
      (*this)(b.service);
      if (b.port) (*this)(*b.port);
      (*this)(b.service_line);
      (*this)(b.port_line);
    }
  }
  void operator()(ConfigObject& o) const {
    (*this)(o.name);
    (*this)(o.ns);
    (*this)(o.keys);
    for (PortSetting& p : o.ports) (*this)(p.key);
  }
  void operator()(ValuesScope& v) const {
    (*this)(v.component);
    (*this)(v.repository);
    (*this)(v.tag);
    if (v.service_port) (*this)(*v.service_port);
    if (v.target_port) (*this)(*v.target_port);
    for (auto& [name, port] : v.probe_ports) {
      (*this)(name);
      (*this)(port);
    }
  }

 private:
  TextInterner* interner_;
};

}  // namespace

void FileFacts::InternTexts(TextInterner* interner) {
  const InternEach share(interner);
  if (dockerfile) share(*dockerfile);
  if (manifest) {
    for (Workload& w : manifest->workloads) share(w);
    for (ServiceFact& s : manifest->services) share(s);
    for (IngressFact& i : manifest->ingresses) share(i);
    for (ConfigObject& o : manifest->config_objects) share(o);
  }
  for (ValuesScope& v : values) share(v);
  if (chart) {
    share(chart->name);
    share(chart->app_version);
  }
  for (EnvKey& k : env_keys) share(k.key);
  if (build) {
    for (BuildCommand& b : build->builds) {
      share(b.repository);
      share(b.context);
      share(b.dockerfile);
    }
    for (BuildTarget& t : build->targets) {
      share(t.target);
      share(t.dockerfile);
    }
    for (ComposeBuild& c : build->compose_builds) {
      share(c.service);
      share(c.dockerfile);
    }
  }
  if (dockerignore) share(dockerignore->patterns);
}

void FileFacts::Compact() {
  if (manifest) {
    for (Workload& w : manifest->workloads) {
      w.labels.shrink_to_fit();
      w.containers.shrink_to_fit();
      for (ContainerFact& c : w.containers) project::Compact(c);
    }
    for (ServiceFact& s : manifest->services) {
      s.selector.shrink_to_fit();
      s.ports.shrink_to_fit();
      s.port_names.shrink_to_fit();
    }
    for (IngressFact& i : manifest->ingresses) i.backends.shrink_to_fit();
    for (ConfigObject& o : manifest->config_objects) {
      o.keys.shrink_to_fit();
      o.ports.shrink_to_fit();
    }
    manifest->workloads.shrink_to_fit();
    manifest->services.shrink_to_fit();
    manifest->ingresses.shrink_to_fit();
    manifest->config_objects.shrink_to_fit();
    if (manifest->empty()) manifest.reset();
  }
  if (dockerfile) {
    dockerfile->keys.shrink_to_fit();
    dockerfile->expose.shrink_to_fit();
    dockerfile->env_ports.shrink_to_fit();
    dockerfile->unused_stages.shrink_to_fit();
    dockerfile->context_copies.shrink_to_fit();
  }
  if (dockerignore) dockerignore->patterns.shrink_to_fit();
  for (ValuesScope& v : values) v.probe_ports.shrink_to_fit();
  values.shrink_to_fit();
  env_keys.shrink_to_fit();
  if (build) {
    build->builds.shrink_to_fit();
    build->targets.shrink_to_fit();
    build->compose_builds.shrink_to_fit();
    if (build->empty()) build.reset();
  }
}

}  // namespace k8slint::project
