// RS009 cpu-request-differs-from-limit: a container's CPU request differs from its CPU limit.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/rs/request_equals_limit_check.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "RS009",
      .name = "cpu-request-differs-from-limit",
      .level = Level::kWarning,
      .aliases = {"kube-score:container-cpu-requests-equal-limits",
                  "kube-score:container-resource-requests-equal-limits"},
      .kinds = {InputKind::kManifest},
      .summary = "A container's CPU request differs from its CPU limit",
      .details = kRequestEqualsLimitDetails,
      .rationale = "A pod is in the Guaranteed QoS class only when every container's CPU and "
                   "memory requests equal its limits; only Guaranteed pods get exclusive cores "
                   "from the static CPU manager, and a limit above the request lets a container "
                   "burst into CPU that other pods were promised.",
      .bad_example =
          "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
          "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
          "      requests: {cpu: 250m, memory: 256Mi}\n      limits: {cpu: \"1\", memory: 256Mi}\n",
      .good_example =
          "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
          "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
          "      requests: {cpu: 500m, memory: 256Mi}\n      limits: {cpu: 500m, memory: 256Mi}\n",
      .fix = "Set resources.requests.cpu and resources.limits.cpu to the same value, or leave the "
             "request out so Kubernetes copies the limit.",
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes"},
      .opt_in = true,
      .kubernetes = true,
  };
}

}  // namespace

Status MakeRS009(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RequestDiffersFromLimitRule>(Meta(), "cpu");
  return Status::Ok();
}

}  // namespace k8slint::rules
