// NR016 host-pid-namespace: the pod shares the node's process namespace (hostPID: true).
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/nr/host_namespace_check.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR016",
      .name = "host-pid-namespace",
      .level = Level::kError,
      .aliases = {"kube-linter:host-pid"},
      .kinds = {InputKind::kManifest},
      .summary = "The pod shares the node's process namespace (hostPID: true)",
      .details = "Fires on `hostPID: true` in the pod spec of any workload.",
      .rationale = "With the host PID namespace the containers see every process on the "
                   "node, can read their environment (and its secrets) through /proc and, "
                   "as root, signal or ptrace them.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\nspec:\n"
                     "  hostPID: true\n  containers:\n  - name: debug\n    image: busybox:1.36\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\nspec:\n"
                      "  containers:\n  - name: debug\n    image: busybox:1.36\n",
      .fix = "Remove `hostPID: true`; use `kubectl debug` for node-level troubleshooting.",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "8.0",
      .kubernetes = true,
  };
}

}  // namespace

Status MakeNR016(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<HostNamespaceRule>(Meta(), &yaml::PodSpec::host_pid,
                                             "process namespace (hostPID: true)");
  return Status::Ok();
}

}  // namespace k8slint::rules
