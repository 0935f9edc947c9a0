// NR026 unsafe-sysctl: the pod sets a sysctl outside the set Kubernetes considers safe
// (namespaced and isolated per pod).
#include <algorithm>
#include <array>
#include <memory>
#include <string_view>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

// kube-linter's unsafe-sysctls prefixes.
constexpr std::array<std::string_view, 5> kUnsafePrefixes = {"kernel.msg", "kernel.sem",
                                                             "kernel.shm", "fs.mqueue.", "net."};
// The kubelet's safe set (kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/),
// allowed by the baseline Pod Security Standard; kube-linter reports them too, k8slint
// does not (docs/kube-linter-parity.md).
constexpr std::array<std::string_view, 10> kSafe = {"kernel.shm_rmid_forced",
                                                    "net.ipv4.ip_local_port_range",
                                                    "net.ipv4.ip_unprivileged_port_start",
                                                    "net.ipv4.tcp_syncookies",
                                                    "net.ipv4.ping_group_range",
                                                    "net.ipv4.ip_local_reserved_ports",
                                                    "net.ipv4.tcp_keepalive_time",
                                                    "net.ipv4.tcp_fin_timeout",
                                                    "net.ipv4.tcp_keepalive_intvl",
                                                    "net.ipv4.tcp_keepalive_probes"};

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR026",
      .name = "unsafe-sysctl",
      .level = Level::kWarning,
      .aliases = {"kube-linter:unsafe-sysctls"},
      .kinds = {InputKind::kManifest},
      .summary = "The pod sets a sysctl outside Kubernetes' safe set",
      .details = "Fires on each `securityContext.sysctls[].name` of a pod that starts with "
                 "kernel.msg, kernel.sem, kernel.shm, fs.mqueue. or net. (kube-linter's "
                 "unsafe-sysctls list), except the sysctls the kubelet allows by default as "
                 "safe: kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, "
                 "net.ipv4.ip_unprivileged_port_start, net.ipv4.tcp_syncookies, "
                 "net.ipv4.ping_group_range, net.ipv4.ip_local_reserved_ports and "
                 "net.ipv4.tcp_keepalive_time, tcp_fin_timeout, tcp_keepalive_intvl, "
                 "tcp_keepalive_probes.",
      .rationale = "Other sysctls are either not isolated between pods (one pod's change "
                   "affects its neighbours on the node) or can starve the node. The kubelet "
                   "refuses pods that set them unless the node allows them with "
                   "--allowed-unsafe-sysctls, so the pod fails to start on ordinary nodes.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: cache\nspec:\n"
                     "  securityContext:\n    sysctls:\n    - {name: net.core.somaxconn, "
                     "value: \"1024\"}\n  containers:\n  - name: redis\n"
                     "    image: redis:7.4.1\n",
      .good_example =
          "apiVersion: v1\nkind: Pod\nmetadata:\n  name: cache\nspec:\n"
          "  securityContext:\n    sysctls:\n    - {name: net.ipv4.ip_local_port_range, "
          "value: \"1024 65000\"}\n  containers:\n  - name: redis\n"
          "    image: redis:7.4.1\n",
      .fix = "Drop the sysctl, use one of the safe ones, or set it on dedicated nodes "
             "(node tuning, --allowed-unsafe-sysctls with a taint) and suppress the finding "
             "there.",
      .example_path = "pod.yaml",
      .tags = {"security", "reliability", "kubernetes"},
      .security_severity = "4.0",
      .kubernetes = true,
  };
}

bool Unsafe(std::string_view name) {
  if (std::find(kSafe.begin(), kSafe.end(), name) != kSafe.end()) return false;
  for (std::string_view p : kUnsafePrefixes)
    if (name.starts_with(p)) return true;
  return false;
}

class UnsafeSysctlRule : public RuleBase {
 public:
  UnsafeSysctlRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    for (const yaml::PodSpec& pod : file.pods()) {
      const yaml::Node sysctls = pod.security_context.Get("sysctls");
      if (!sysctls.IsSequence()) continue;
      for (size_t i = 0; i < sysctls.size(); ++i) {
        const yaml::Node name = sysctls.Item(i).Get("name");
        if (!name.IsScalar() || name.templated() || !Unsafe(name.scalar())) continue;
        yaml::ReportAt(emit, *this, *pod.owner, name.span(),
                       pod.owner->Describe() + " sets the unsafe sysctl " +
                           std::string(name.scalar()) +
                           "; the kubelet rejects it unless the node allows it");
      }
    }
  }
};

}  // namespace

Status MakeNR026(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<UnsafeSysctlRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
