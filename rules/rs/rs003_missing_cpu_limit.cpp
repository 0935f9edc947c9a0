// RS003 missing-cpu-limit: a container sets no CPU limit.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/rs/missing_resource_check.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "RS003",
      .name = "missing-cpu-limit",
      .level = Level::kNote,
      .aliases = {"kube-score:container-resources"},
      .kinds = {InputKind::kManifest},
      .summary = "A container sets no CPU limit",
      .details =
          "Checks every container and init container of every workload. A missing request is "
          "not reported when the matching limit is set, since Kubernetes then uses the limit "
          "as the request. Reported at the container's requests or limits map when there is "
          "one, else at resources, else at the container.",
      .rationale =
          "Without a CPU limit one busy container can starve its neighbours of CPU bursts. "
          "Some teams leave CPU limits out on purpose to avoid throttling; this rule is a "
          "note for that reason and can be disabled.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
                     "      requests: {cpu: 100m, memory: 128Mi}\n      limits: {memory: 256Mi}\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
                      "      requests: {cpu: 100m, memory: 128Mi}\n"
                      "      limits: {cpu: \"1\", memory: 256Mi}\n",
      .fix = "Set resources.limits.cpu, or disable RS003 if your policy is requests-only CPU.",
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes"},
      .kubernetes = true,
  };
}

}  // namespace

Status MakeRS003(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MissingResourceRule>(Meta(), true, "cpu");
  return Status::Ok();
}

}  // namespace k8slint::rules
