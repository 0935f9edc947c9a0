#include "linter/models/yaml/queries.h"

namespace k8slint::yaml {

void ForEachContainer(const File& file,
                      const std::function<void(const PodSpec&, const Container&)>& fn) {
  for (const PodSpec& pod : file.pods())
    for (const Container& c : pod.containers) fn(pod, c);
}

Node EffectiveSecurityField(const PodSpec& pod, const Container& c, std::string_view field) {
  if (Node n = c.security_context.Get(field); n.HasValue()) return n;
  if (Node n = pod.security_context.Get(field); n.HasValue()) return n;
  return {};
}

std::string DescribeContainer(const PodSpec& pod, const Container& c) {
  std::string role = c.role == ContainerRole::kInit        ? "init container"
                     : c.role == ContainerRole::kEphemeral ? "ephemeral container"
                                                           : "container";
  return role + " '" + std::string(c.name_text()) + "' of " + pod.owner->Describe();
}

void ReportAt(Emitter& emit, const Rule& rule, const Object& object, Span at, std::string message) {
  emit.Report(rule, at, WithTemplate(object, std::move(message)));
}

}  // namespace k8slint::yaml
