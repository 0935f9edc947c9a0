// NR022 docker-socket-mount: a container mounts the host's Docker (or other container
// runtime) socket, which controls every container on the node.
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

// kube-linter's docker-sock matches `docker.sock$`; the other runtimes' sockets give the
// same control over the node.
constexpr std::array<std::string_view, 5> kSockets = {"docker.sock", "containerd.sock", "crio.sock",
                                                      "podman.sock", "cri-dockerd.sock"};

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR022",
      .name = "docker-socket-mount",
      .level = Level::kError,
      .aliases = {"kube-linter:docker-sock"},
      .kinds = {InputKind::kManifest},
      .summary = "A container mounts the node's Docker or container runtime socket",
      .details = "Fires on each volumeMount, of a container or init container, of a hostPath "
                 "volume whose path ends in docker.sock (kube-linter's docker-sock), "
                 "containerd.sock, crio.sock, podman.sock or cri-dockerd.sock. A hostPath volume "
                 "no container mounts is not reported.",
      .rationale = "Whoever talks to the runtime socket can start a privileged container with "
                   "the node's root filesystem mounted: it is root on the node. Build agents, "
                   "log shippers and monitoring DaemonSets often mount it; each one is a path "
                   "from that pod to the whole node.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n"
                     "  containers:\n  - name: agent\n    image: ghcr.io/acme/agent:2.1.0\n"
                     "    volumeMounts:\n    - {name: docker, mountPath: /var/run/docker.sock}\n"
                     "  volumes:\n  - name: docker\n    hostPath: {path: /var/run/docker.sock}\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n"
                      "  containers:\n  - name: agent\n    image: ghcr.io/acme/agent:2.1.0\n"
                      "    volumeMounts:\n    - {name: logs, mountPath: /var/log/pods, "
                      "readOnly: true}\n  volumes:\n  - name: logs\n"
                      "    hostPath: {path: /var/log/pods}\n",
      .fix = "Read what the agent needs from the Kubernetes API or from read-only log and "
             "metric paths; build images with a daemonless builder (BuildKit rootless, "
             "kaniko, buildah) instead of the node's Docker.",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "8.0",
      .kubernetes = true,
  };
}

bool IsRuntimeSocket(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  const std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  for (std::string_view s : kSockets)
    if (base == s) return true;
  return false;
}

class DockerSocketMountRule : public RuleBase {
 public:
  DockerSocketMountRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    ForEachHostMount(file, [&](const HostMount& m) {
      if (!IsRuntimeSocket(m.path)) return;
      yaml::ReportAt(emit, *this, *m.pod->owner, m.mount->node.position(),
                     yaml::DescribeContainer(*m.pod, *m.container) + " mounts the host's " +
                         m.path + ", which gives control of every container on the node");
    });
  }
};

}  // namespace

Status MakeNR022(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<DockerSocketMountRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
