// RS001 missing-cpu-request: a container sets no CPU request.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/rs/missing_resource_check.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "RS001",
      .name = "missing-cpu-request",
      .level = Level::kWarning,
      .aliases = {"kube-linter:unset-cpu-requirements", "kube-score:container-resources"},
      .kinds = {InputKind::kManifest},
      .summary = "A container sets no CPU request",
      .details =
          "Checks every container and init container of every workload. A missing request is "
          "not reported when the matching limit is set, since Kubernetes then uses the limit "
          "as the request. Reported at the container's requests or limits map when there is "
          "one, else at resources, else at the container.",
      .rationale = "The scheduler places pods by their requests. Without a CPU request the pod may "
                   "land on a saturated node, and under contention it gets the smallest share of "
                   "CPU.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
                     "      limits: {memory: 256Mi}\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
                      "      requests: {cpu: 100m, memory: 128Mi}\n"
                      "      limits: {cpu: \"1\", memory: 256Mi}\n",
      .fix = "Set resources.requests.cpu to the container's typical usage (e.g. 100m).",
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes"},
      .kubernetes = true,
  };
}

}  // namespace

Status MakeRS001(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MissingResourceRule>(Meta(), false, "cpu");
  return Status::Ok();
}

}  // namespace k8slint::rules
