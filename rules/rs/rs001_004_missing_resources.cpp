// RS001 missing-cpu-request, RS002 missing-memory-request, RS003 missing-cpu-limit,
// RS004 missing-memory-limit. One file: the same check on four (section, resource)
// pairs, kept as four ids so each maps onto its own peer check and can be disabled
// alone (CPU limits in particular are a policy choice).
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

class MissingResourceRule : public RuleBase {
 public:
  MissingResourceRule(RuleMeta meta, bool limit, std::string_view resource)
      : RuleBase(std::move(meta)), limit_(limit), resource_(resource) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      if (c.role == yaml::ContainerRole::kEphemeral) return;  // they cannot have resources
      const yaml::Node& section = limit_ ? c.limits : c.requests;
      if (section.Get(resource_).HasValue()) return;
      // A limit alone makes Kubernetes default the request to it: not missing.
      if (!limit_ && c.limits.Get(resource_).HasValue()) return;
      const Position at = section   ? c.resources.KeyPosition(limit_ ? "limits" : "requests")
                          : c.resources ? c.node.KeyPosition("resources")
                                        : c.where();
      yaml::ReportAt(emit, *this, *pod.owner, at,
                     yaml::DescribeContainer(pod, c) + " has no " + std::string(resource_) +
                         (limit_ ? " limit" : " request"));
    });
  }

 private:
  bool limit_;
  std::string_view resource_;
};

// Examples share a pod head; literal concatenation keeps them static strings.
#define K8SLINT_RS_POD                                                        \
  "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n" \
  "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
#define K8SLINT_RS_ALL \
  "      requests: {cpu: 100m, memory: 128Mi}\n      limits: {cpu: \"1\", memory: 256Mi}\n"

RuleMeta Meta(std::string_view id, std::string_view name, std::vector<std::string_view> aliases,
              Level level, std::string_view summary, std::string_view rationale,
              std::string_view bad, std::string_view good, std::string_view fix) {
  return RuleMeta{
      .id = id,
      .name = name,
      .level = level,
      .aliases = std::move(aliases),
      .kinds = {InputKind::kManifest},
      .summary = summary,
      .details = "Checks every container and init container of every workload. A missing "
                 "request is not reported when the matching limit is set, since Kubernetes "
                 "then uses the limit as the request. Reported at the container's requests or "
                 "limits map when there is one, else at resources, else at the container.",
      .rationale = rationale,
      .bad_example = bad,
      .good_example = good,
      .fix = fix,
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes"},
  };
}

}  // namespace

Status MakeRS001(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MissingResourceRule>(
      Meta("RS001", "missing-cpu-request", {"kube-linter:unset-cpu-requirements"}, Level::kWarning,
           "A container sets no CPU request",
           "The scheduler places pods by their requests. Without a CPU request the pod may land "
           "on a saturated node, and under contention it gets the smallest share of CPU.",
           K8SLINT_RS_POD "      limits: {memory: 256Mi}\n", K8SLINT_RS_POD K8SLINT_RS_ALL,
           "Set resources.requests.cpu to the container's typical usage (e.g. 100m)."),
      false, "cpu");
  return Status::Ok();
}

Status MakeRS002(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MissingResourceRule>(
      Meta("RS002", "missing-memory-request", {}, Level::kWarning,
           "A container sets no memory request",
           "Without a memory request the scheduler can overcommit the node, and the pod is "
           "among the first evicted when the node runs short of memory.",
           K8SLINT_RS_POD "      requests: {cpu: 100m}\n", K8SLINT_RS_POD K8SLINT_RS_ALL,
           "Set resources.requests.memory to the container's working set (e.g. 128Mi)."),
      false, "memory");
  return Status::Ok();
}

Status MakeRS003(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MissingResourceRule>(
      Meta("RS003", "missing-cpu-limit", {}, Level::kNote, "A container sets no CPU limit",
           "Without a CPU limit one busy container can starve its neighbours of CPU bursts. "
           "Some teams leave CPU limits out on purpose to avoid throttling; this rule is a note "
           "for that reason and can be disabled.",
           K8SLINT_RS_POD "      requests: {cpu: 100m, memory: 128Mi}\n      limits: {memory: 256Mi}\n",
           K8SLINT_RS_POD K8SLINT_RS_ALL,
           "Set resources.limits.cpu, or disable RS003 if your policy is requests-only CPU."),
      true, "cpu");
  return Status::Ok();
}

Status MakeRS004(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MissingResourceRule>(
      Meta("RS004", "missing-memory-limit", {"kube-linter:unset-memory-requirements"},
           Level::kWarning, "A container sets no memory limit",
           "A memory leak in a container without a limit grows until the node runs out of "
           "memory and the kernel kills processes of other pods too.",
           K8SLINT_RS_POD "      requests: {cpu: 100m, memory: 128Mi}\n", K8SLINT_RS_POD K8SLINT_RS_ALL,
           "Set resources.limits.memory above the container's peak usage (e.g. 256Mi)."),
      true, "memory");
  return Status::Ok();
}

}  // namespace k8slint::rules
