// NR023 sensitive-host-mount: a container mounts one of the node's system directories.
#include <algorithm>
#include <array>
#include <memory>
#include <string_view>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"
#include "rules/nr/host_mount_checks.h"

namespace k8slint::rules {
namespace {

// kube-linter's sensitive-host-mounts list (whole directories, not their children).
constexpr std::array<std::string_view, 8> kSensitive = {"/",    "/boot", "/dev", "/etc",
                                                        "/lib", "/proc", "/sys", "/usr"};

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR023",
      .name = "sensitive-host-mount",
      .level = Level::kError,
      .aliases = {"kube-linter:sensitive-host-mounts"},
      .kinds = {InputKind::kManifest},
      .summary = "A container mounts a system directory of the node (/, /etc, /proc, ...)",
      .details = "Fires on each volumeMount, of a container or init container, of a hostPath "
                 "volume whose path is exactly /, /boot, /dev, /etc, /lib, /proc, /sys or /usr "
                 "(trailing and doubled slashes ignored), kube-linter's list. Subdirectories "
                 "(/etc/ssl/certs, /var/log) are not reported; /var/run/docker.sock is NR022's. "
                 "readOnly does not help: reading /etc or /proc of the node already discloses "
                 "its secrets and processes.",
      .rationale = "These directories hold the node's credentials (kubelet and SSH keys, "
                   "/etc/shadow), devices, kernel interfaces and binaries. A pod that mounts "
                   "them can read or change the node itself; node agents (node-exporter, "
                   "security scanners) do it on purpose and should be reviewed and suppressed "
                   "one by one.",
      .bad_example =
          "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: exporter\nspec:\n"
          "  selector: {matchLabels: {app: exporter}}\n  template:\n"
          "    metadata: {labels: {app: exporter}}\n    spec:\n      containers:\n"
          "      - name: exporter\n        image: quay.io/prometheus/node-exporter:v1.8.2\n"
          "        volumeMounts: [{name: root, mountPath: /host, readOnly: true}]\n"
          "      volumes: [{name: root, hostPath: {path: /}}]\n",
      .good_example = "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: exporter\n"
                      "spec:\n  selector: {matchLabels: {app: exporter}}\n  template:\n"
                      "    metadata: {labels: {app: exporter}}\n    spec:\n      containers:\n"
                      "      - name: exporter\n"
                      "        image: quay.io/prometheus/node-exporter:v1.8.2\n"
                      "        volumeMounts: [{name: textfile, mountPath: /textfile, "
                      "readOnly: true}]\n"
                      "      volumes: [{name: textfile, hostPath: {path: "
                      "/var/lib/node-exporter}}]\n",
      .fix = "Mount only the subdirectory the workload needs, read-only, or get the data from "
             "the Kubernetes API; for a node agent that must see the host, suppress the "
             "finding on that DaemonSet with the reason.",
      .example_path = "daemonset.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "7.0",
      .kubernetes = true,
  };
}

class SensitiveHostMountRule : public RuleBase {
 public:
  SensitiveHostMountRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    ForEachHostMount(file, [&](const HostMount& m) {
      if (std::find(kSensitive.begin(), kSensitive.end(), m.path) == kSensitive.end()) return;
      yaml::ReportAt(emit, *this, *m.pod->owner, m.mount->node.position(),
                     yaml::DescribeContainer(*m.pod, *m.container) +
                         " mounts the node's system directory " + m.path);
    });
  }
};

}  // namespace

Status MakeNR023(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<SensitiveHostMountRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
