// RS004 missing-memory-limit: a container sets no memory limit.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/rs/missing_resource_check.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "RS004",
      .name = "missing-memory-limit",
      .level = Level::kWarning,
      .aliases = {"kube-linter:unset-memory-requirements", "kube-score:container-resources"},
      .kinds = {InputKind::kManifest},
      .summary = "A container sets no memory limit",
      .details =
          "Checks every container and init container of every workload. A missing request is "
          "not reported when the matching limit is set, since Kubernetes then uses the limit "
          "as the request. Reported at the container's requests or limits map when there is "
          "one, else at resources, else at the container.",
      .rationale = "A memory leak in a container without a limit grows until the node runs out of "
                   "memory and the kernel kills processes of other pods too.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
                     "      requests: {cpu: 100m, memory: 128Mi}\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
                      "      requests: {cpu: 100m, memory: 128Mi}\n"
                      "      limits: {cpu: \"1\", memory: 256Mi}\n",
      .fix = "Set resources.limits.memory above the container's peak usage (e.g. 256Mi).",
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes"},
      .kubernetes = true,
  };
}

}  // namespace

Status MakeRS004(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MissingResourceRule>(Meta(), true, "memory");
  return Status::Ok();
}

}  // namespace k8slint::rules
