#include "linter/core/excerpt.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::yaml {

void ForEachContainer(const File& file,
                      const std::function<void(const PodSpec&, const Container&)>& fn) {
  for (const PodSpec& pod : file.pods())
    for (const Container& c : pod.containers) fn(pod, c);
}

bool TemplatedSection(const Container& c, std::string_view key) {
  return c.node.Get(key).templated();
}
bool TemplatedSection(const PodSpec& pod, std::string_view key) {
  return pod.spec.Get(key).templated();
}

Node EffectiveSecurityField(const Node& container_context, const Node& pod_context,
                            std::string_view field, bool* from_pod) {
  if (from_pod) *from_pod = false;
  if (Node n = container_context.Get(field); n.HasValue()) return n;
  if (from_pod) *from_pod = true;
  if (Node n = pod_context.Get(field); n.HasValue()) return n;
  return {};
}

Node EffectiveSecurityField(const PodSpec& pod, const Container& c, std::string_view field) {
  return EffectiveSecurityField(c.security_context, pod.security_context, field);
}

std::string DescribeContainer(const PodSpec& pod, const Container& c) {
  std::string role = c.role == ContainerRole::kInit        ? "init container"
                     : c.role == ContainerRole::kEphemeral ? "ephemeral container"
                                                           : "container";
  return role + " '" + Excerpt(c.name_text()) + "' of " + pod.owner->Describe();
}

void ReportAt(Emitter& emit, const Rule& rule, const Object& object, Span at, std::string message) {
  emit.Report(rule, at, WithTemplate(object, std::move(message)));
}

}  // namespace k8slint::yaml
