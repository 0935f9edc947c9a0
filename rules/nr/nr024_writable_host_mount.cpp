// NR024 writable-host-mount: a container mounts a hostPath volume without readOnly.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"
#include "rules/nr/host_mount_checks.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR024",
      .name = "writable-host-mount",
      .level = Level::kWarning,
      .aliases = {"kube-linter:writable-host-mount"},
      .kinds = {InputKind::kManifest},
      .summary = "A container can write to a directory of the node (hostPath without readOnly)",
      .details = "Off by default, as in kube-linter (`--enable NR024`). Fires on each "
                 "volumeMount, of a container or init container, of a hostPath volume that does "
                 "not set `readOnly: true`. Runtime sockets (docker.sock, containerd.sock, ...) "
                 "are left to NR022, which reports them whatever the mount mode.",
      .rationale = "A writable hostPath lets the pod change files every other pod and the "
                   "kubelet on that node read: planting binaries or cron jobs, filling the "
                   "node's disk, or overwriting another workload's data.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: shipper\nspec:\n"
                     "  containers:\n  - name: shipper\n    image: fluent/fluent-bit:3.1.9\n"
                     "    volumeMounts:\n    - {name: varlog, mountPath: /var/log}\n"
                     "  volumes:\n  - name: varlog\n    hostPath: {path: /var/log}\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: shipper\nspec:\n"
                      "  containers:\n  - name: shipper\n    image: fluent/fluent-bit:3.1.9\n"
                      "    volumeMounts:\n    - {name: varlog, mountPath: /var/log, "
                      "readOnly: true}\n  volumes:\n  - name: varlog\n"
                      "    hostPath: {path: /var/log}\n",
      .fix = "Add `readOnly: true` to the volumeMount, and give what the pod writes an "
             "emptyDir or a PersistentVolumeClaim instead.",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "5.0",
      .opt_in = true,
      .kubernetes = true,
  };
}

bool IsSocket(std::string_view path) { return path.ends_with(".sock"); }

class WritableHostMountRule : public RuleBase {
 public:
  WritableHostMountRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    ForEachHostMount(file, [&](const HostMount& m) {
      if (m.mount->read_only.IsTrue() || m.mount->read_only.templated() || IsSocket(m.path)) return;
      yaml::ReportAt(emit, *this, *m.pod->owner, m.mount->node.position(),
                     yaml::DescribeContainer(*m.pod, *m.container) + " mounts the node's " +
                         m.path + " writable; add readOnly: true");
    });
  }
};

}  // namespace

Status MakeNR024(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<WritableHostMountRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
