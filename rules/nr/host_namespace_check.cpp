#include "rules/nr/host_namespace_check.h"

#include <string>

#include "linter/core/emitter.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {

void HostNamespaceRule::CheckYaml(const yaml::File& file, Emitter& emit) const {
  for (const yaml::PodSpec& pod : file.pods()) {
    const yaml::Node n = pod.*field_;
    if (!n.IsTrue()) continue;
    yaml::ReportAt(emit, *this, *pod.owner, n.span(),
                   pod.owner->Describe() + " shares the node's " + std::string(what_));
  }
}

}  // namespace k8slint::rules
