#include "rules/rs/missing_resource_check.h"

#include <string>

#include "linter/core/emitter.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {

void MissingResourceRule::CheckYaml(const yaml::File& file, Emitter& emit) const {
  yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
    if (c.role == yaml::ContainerRole::kEphemeral) return;  // they cannot have resources
    if (pod.partial || yaml::TemplatedSection(c, "resources")) return;
    const yaml::Node& section = limit_ ? c.limits : c.requests;
    if (section.Get(resource_).HasValue()) return;
    // A limit alone makes Kubernetes default the request to it: not missing.
    if (!limit_ && c.limits.Get(resource_).HasValue()) return;
    const Position at = section       ? c.resources.KeyPosition(limit_ ? "limits" : "requests")
                        : c.resources ? c.node.KeyPosition("resources")
                                      : c.where();
    yaml::ReportAt(emit, *this, *pod.owner, at,
                   yaml::DescribeContainer(pod, c) + " has no " + std::string(resource_) +
                       (limit_ ? " limit" : " request"));
  });
}

}  // namespace k8slint::rules
