// NR016 host-pid-namespace, NR017 host-network-namespace, NR018 host-ipc-namespace:
// the pod shares one of the node's namespaces. One file for the three because they
// are the same check on three fields, and each keeps its own id so it maps onto
// kube-linter's three checks one to one.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

class HostNamespaceRule : public RuleBase {
 public:
  HostNamespaceRule(RuleMeta meta, yaml::Node yaml::PodSpec::*field, std::string_view what)
      : RuleBase(std::move(meta)), field_(field), what_(what) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    for (const yaml::PodSpec& pod : file.pods()) {
      const yaml::Node n = pod.*field_;
      if (!n.IsTrue()) continue;
      yaml::ReportAt(emit, *this, *pod.owner, n.span(),
                     pod.owner->Describe() + " shares the node's " + std::string(what_));
    }
  }

 private:
  yaml::Node yaml::PodSpec::*field_;
  std::string_view what_;
};

RuleMeta Common(RuleMeta m) {
  m.level = Level::kError;
  m.kinds = {InputKind::kManifest};
  m.example_path = "pod.yaml";
  m.tags = {"security", "kubernetes"};
  return m;
}

}  // namespace

Status MakeNR016(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<HostNamespaceRule>(
      Common(RuleMeta{
          .id = "NR016",
          .name = "host-pid-namespace",
          .aliases = {"kube-linter:host-pid"},
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
          .security_severity = "8.0",
      }),
      &yaml::PodSpec::host_pid, "process namespace (hostPID: true)");
  return Status::Ok();
}

Status MakeNR017(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<HostNamespaceRule>(
      Common(RuleMeta{
          .id = "NR017",
          .name = "host-network-namespace",
          .aliases = {"kube-linter:host-network"},
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
          .security_severity = "7.0",
      }),
      &yaml::PodSpec::host_network, "network namespace (hostNetwork: true)");
  return Status::Ok();
}

Status MakeNR018(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<HostNamespaceRule>(
      Common(RuleMeta{
          .id = "NR018",
          .name = "host-ipc-namespace",
          .aliases = {"kube-linter:host-ipc"},
          .summary = "The pod shares the node's IPC namespace (hostIPC: true)",
          .details = "Fires on `hostIPC: true` in the pod spec of any workload.",
          .rationale = "Sharing the host IPC namespace exposes the shared memory and message "
                       "queues of every process on the node to the pod.",
          .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
                         "  hostIPC: true\n  containers:\n  - name: web\n    image: nginx:1.27\n",
          .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
                          "  containers:\n  - name: web\n    image: nginx:1.27\n",
          .fix = "Remove `hostIPC: true`.",
          .security_severity = "7.0",
      }),
      &yaml::PodSpec::host_ipc, "IPC namespace (hostIPC: true)");
  return Status::Ok();
}

}  // namespace k8slint::rules
