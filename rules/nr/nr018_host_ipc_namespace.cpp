// NR018 host-ipc-namespace: the pod shares the node's IPC namespace (hostIPC: true).
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/nr/host_namespace_check.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR018",
      .name = "host-ipc-namespace",
      .level = Level::kError,
      .aliases = {"kube-linter:host-ipc"},
      .kinds = {InputKind::kManifest},
      .summary = "The pod shares the node's IPC namespace (hostIPC: true)",
      .details = "Fires on `hostIPC: true` in the pod spec of any workload.",
      .rationale = "Sharing the host IPC namespace exposes the shared memory and message "
                   "queues of every process on the node to the pod.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
                     "  hostIPC: true\n  containers:\n  - name: web\n    image: nginx:1.27\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
                      "  containers:\n  - name: web\n    image: nginx:1.27\n",
      .fix = "Remove `hostIPC: true`.",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "7.0",
      .kubernetes = true,
  };
}

}  // namespace

Status MakeNR018(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<HostNamespaceRule>(Meta(), &yaml::PodSpec::host_ipc,
                                             "IPC namespace (hostIPC: true)");
  return Status::Ok();
}

}  // namespace k8slint::rules
