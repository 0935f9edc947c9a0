// RS010 memory-request-differs-from-limit: a container's memory request differs from its memory
// limit.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/rs/request_equals_limit_check.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "RS010",
      .name = "memory-request-differs-from-limit",
      .level = Level::kWarning,
      .aliases = {"kube-score:container-memory-requests-equal-limits",
                  "kube-score:container-resource-requests-equal-limits"},
      .kinds = {InputKind::kManifest},
      .summary = "A container's memory request differs from its memory limit",
      .details = kRequestEqualsLimitDetails,
      .rationale =
          "Memory cannot be throttled, only reclaimed by killing: a container using more than its "
          "request is among the first the kubelet evicts under node memory pressure, and the "
          "scheduler never counted the difference. Equal requests and limits (with equal CPU, the "
          "Guaranteed QoS class) make the pod's memory a promise.",
      .bad_example =
          "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
          "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
          "      requests: {cpu: 250m, memory: 128Mi}\n      limits: {cpu: 250m, memory: 512Mi}\n",
      .good_example =
          "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
          "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
          "      requests: {cpu: 250m, memory: 512Mi}\n      limits: {cpu: 250m, memory: 512Mi}\n",
      .fix = "Set resources.requests.memory and resources.limits.memory to the same value, or "
             "leave the request out so Kubernetes copies the limit.",
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes"},
      .opt_in = true,
      .kubernetes = true,
  };
}

}  // namespace

Status MakeRS010(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RequestDiffersFromLimitRule>(Meta(), "memory");
  return Status::Ok();
}

}  // namespace k8slint::rules
