#include "linter/project/facts.h"

namespace k8slint::project {
namespace {

void Compact(ContainerFact& c) {
  c.ports.shrink_to_fit();
  c.env.shrink_to_fit();
  c.env_from.shrink_to_fit();
}

}  // namespace

void FileFacts::Compact() {
  for (Workload& w : workloads) {
    w.labels.shrink_to_fit();
    w.containers.shrink_to_fit();
    for (ContainerFact& c : w.containers) project::Compact(c);
  }
  for (ServiceFact& s : services) {
    s.selector.shrink_to_fit();
    s.ports.shrink_to_fit();
    s.port_names.shrink_to_fit();
  }
  for (IngressFact& i : ingresses) i.backends.shrink_to_fit();
  for (ConfigObject& o : config_objects) {
    o.keys.shrink_to_fit();
    o.ports.shrink_to_fit();
  }
  for (ValuesScope& v : values) v.probe_ports.shrink_to_fit();
  workloads.shrink_to_fit();
  services.shrink_to_fit();
  ingresses.shrink_to_fit();
  config_objects.shrink_to_fit();
  values.shrink_to_fit();
  env_keys.shrink_to_fit();
  builds.shrink_to_fit();
  targets.shrink_to_fit();
  compose_builds.shrink_to_fit();
}

}  // namespace k8slint::project
