// RS002 missing-memory-request: a container sets no memory request.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/rs/missing_resource_check.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "RS002",
      .name = "missing-memory-request",
      .level = Level::kWarning,
      .aliases = {"kube-score:container-resources"},
      .kinds = {InputKind::kManifest},
      .summary = "A container sets no memory request",
      .details =
          "Checks every container and init container of every workload. A missing request is "
          "not reported when the matching limit is set, since Kubernetes then uses the limit "
          "as the request. Reported at the container's requests or limits map when there is "
          "one, else at resources, else at the container.",
      .rationale = "Without a memory request the scheduler can overcommit the node, and the pod is "
                   "among the first evicted when the node runs short of memory.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
                     "      requests: {cpu: 100m}\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
                      "      requests: {cpu: 100m, memory: 128Mi}\n"
                      "      limits: {cpu: \"1\", memory: 256Mi}\n",
      .fix = "Set resources.requests.memory to the container's working set (e.g. 128Mi).",
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes"},
      .kubernetes = true,
  };
}

}  // namespace

Status MakeRS002(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MissingResourceRule>(Meta(), false, "memory");
  return Status::Ok();
}

}  // namespace k8slint::rules
