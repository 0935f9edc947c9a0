// Helpers shared by the Kubernetes rules: iterate containers, read the effective
// security context, report with the Helm template named.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "linter/core/emitter.h"
#include "linter/core/rule.h"
#include "linter/models/yaml/model.h"

namespace k8slint::yaml {

// Calls `fn` for every container of every pod spec of `file`, in file order.
void ForEachContainer(const File& file,
                      const std::function<void(const PodSpec&, const Container&)>& fn);

// A securityContext field as Kubernetes applies it: the container's value if set, else
// the pod's (for the fields both levels have: runAsNonRoot, runAsUser, runAsGroup,
// seLinuxOptions, seccompProfile). Absent when neither sets it.
// `field` of the container's securityContext, else of the pod's (or, in values, of
// podSecurityContext); absent when neither sets it. `from_pod`: it came from the pod.
Node EffectiveSecurityField(const Node& container_context, const Node& pod_context,
                            std::string_view field, bool* from_pod = nullptr);
Node EffectiveSecurityField(const PodSpec& pod, const Container& c, std::string_view field);

// The container's `key` (resources, securityContext, a probe) is one template expression
// (`resources: {{ .Resources }}`): what it holds is known only once rendered, so rules
// that report it missing stay silent.
bool TemplatedSection(const Container& c, std::string_view key);
bool TemplatedSection(const PodSpec& pod, std::string_view key);

// "container 'app' of Deployment/web" / "init container 'x' of ...".
std::string DescribeContainer(const PodSpec& pod, const Container& c);

// Reports `message` (plus the Helm template it came from) for `object` at `at`.
void ReportAt(Emitter& emit, const Rule& rule, const Object& object, Span at, std::string message);
inline void ReportAt(Emitter& emit, const Rule& rule, const Object& object, Position at,
                     std::string message) {
  ReportAt(emit, rule, object, Span::At(at), std::move(message));
}

}  // namespace k8slint::yaml
