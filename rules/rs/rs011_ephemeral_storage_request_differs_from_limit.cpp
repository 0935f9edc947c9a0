// RS011 ephemeral-storage-request-differs-from-limit: a container's ephemeral-storage request
// differs from its limit.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/rs/request_equals_limit_check.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "RS011",
      .name = "ephemeral-storage-request-differs-from-limit",
      .level = Level::kWarning,
      .aliases = {"kube-score:container-ephemeral-storage-request-equals-limit"},
      .kinds = {InputKind::kManifest},
      .summary = "A container's ephemeral-storage request differs from its limit",
      .details = kRequestEqualsLimitDetails,
      .rationale = "The scheduler reserves node disk by the request; a container allowed to write "
                   "more than it reserved can push the node into disk pressure, and the kubelet "
                   "then evicts pods that stayed within their own requests.",
      .bad_example =
          "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
          "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
          "      requests: {ephemeral-storage: 256Mi}\n      limits: {ephemeral-storage: 2Gi}\n",
      .good_example =
          "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
          "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
          "      requests: {ephemeral-storage: 1Gi}\n      limits: {ephemeral-storage: 1Gi}\n",
      .fix = "Set resources.requests.ephemeral-storage and resources.limits.ephemeral-storage to "
             "the same value.",
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes"},
      .opt_in = true,
      .kubernetes = true,
  };
}

}  // namespace

Status MakeRS011(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RequestDiffersFromLimitRule>(Meta(), "ephemeral-storage");
  return Status::Ok();
}

}  // namespace k8slint::rules
