// NR017 host-network-namespace: the pod uses the node's network namespace (hostNetwork: true).
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/nr/host_namespace_check.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR017",
      .name = "host-network-namespace",
      .level = Level::kError,
      .aliases = {"kube-linter:host-network"},
      .kinds = {InputKind::kManifest},
      .summary = "The pod uses the node's network namespace (hostNetwork: true)",
      .details = "Fires on `hostNetwork: true` in the pod spec of any workload.",
      .rationale = "A pod on the host network bypasses NetworkPolicies, can bind the node's "
                   "ports, sniff its traffic and reach services listening on localhost of "
                   "the node, such as the kubelet.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
                     "  hostNetwork: true\n  containers:\n  - name: web\n    image: nginx:1.27\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
                      "  containers:\n  - name: web\n    image: nginx:1.27\n",
      .fix = "Remove `hostNetwork: true` and expose the pod through a Service.",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "7.0",
      .kubernetes = true,
  };
}

}  // namespace

Status MakeNR017(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<HostNamespaceRule>(Meta(), &yaml::PodSpec::host_network,
                                             "network namespace (hostNetwork: true)");
  return Status::Ok();
}

}  // namespace k8slint::rules
