// RS012 missing-ephemeral-storage-limit: a container sets no ephemeral-storage limit.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/rs/missing_resource_check.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "RS012",
      .name = "missing-ephemeral-storage-limit",
      .level = Level::kNote,
      // kube-score's `container-resources` covers this check too: ignoring it (the
      // `kube-score/ignore` annotation, --ignore-test) also ignores ephemeral storage.
      .aliases = {"kube-score:container-ephemeral-storage-request-and-limit",
                  "kube-score:container-resources"},
      .kinds = {InputKind::kManifest},
      .summary = "A container sets no ephemeral-storage limit",
      .details = "Checks every container and init container of every workload for "
                 "resources.limits.ephemeral-storage. A missing ephemeral-storage request is not "
                 "reported on its own: with a limit set, Kubernetes uses the limit as the request. "
                 "Kustomize patches and resources written as one template expression are skipped. "
                 "A note: whether every container needs a disk budget is a cluster policy.",
      .rationale = "Logs, temporary files and emptyDir volumes without a sizeLimit all count as "
                   "ephemeral storage. A container that writes without a limit can fill the node's "
                   "disk; the kubelet then evicts pods under disk pressure, including pods that "
                   "stayed within their own budgets.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
                     "      requests: {cpu: 100m, memory: 128Mi}\n"
                     "      limits: {cpu: 500m, memory: 256Mi}\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
                      "      requests: {cpu: 100m, memory: 128Mi, ephemeral-storage: 256Mi}\n"
                      "      limits: {cpu: 500m, memory: 256Mi, ephemeral-storage: 1Gi}\n",
      .fix = "Set resources.limits.ephemeral-storage (e.g. 1Gi) and a request for what the "
             "container usually writes.",
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes"},
      .kubernetes = true,
  };
}

}  // namespace

Status MakeRS012(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MissingResourceRule>(Meta(), true, "ephemeral-storage");
  return Status::Ok();
}

}  // namespace k8slint::rules
