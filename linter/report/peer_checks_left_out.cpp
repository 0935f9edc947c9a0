// The peer checks k8slint has no rule for, on purpose. Each reason says why a team that
// swaps the peer for k8slint loses nothing in k8slint's topics (users, probes, resources,
// ports, images, secrets), or where to look instead.
#include "linter/report/peer_checks.h"

namespace k8slint {
namespace {

constexpr std::string_view kRbac =
    "RBAC is cluster access policy, not how a workload is built or run; outside k8slint's "
    "topics";
constexpr std::string_view kNetworkPolicy =
    "NetworkPolicy coverage is a cluster networking design choice; outside k8slint's topics";
constexpr std::string_view kAvailability =
    "availability and scheduling policy (replicas, disruption budgets, affinity, update "
    "strategy) depends on the cluster; outside k8slint's topics";
constexpr std::string_view kAutoscaling =
    "HorizontalPodAutoscaler policy; outside k8slint's topics";
constexpr std::string_view kServiceAccount =
    "service accounts grant API access, which is RBAC's concern; outside k8slint's topics";
constexpr std::string_view kOrgPolicy =
    "an organisation's own metadata policy, not a defect; k8slint has no generic required "
    "label or annotation rule";
constexpr std::string_view kApiVersions =
    "API deprecations are versioned by the cluster; KM001 catches a missing apiVersion and "
    "`helm lint`/kubeconform check versions against the target cluster";

}  // namespace

const std::vector<std::string_view>& TabulatedPeers() {
  static const std::vector<std::string_view> peers = {"hadolint", "kube-linter", "kube-score"};
  return peers;
}

const std::vector<PeerCheckLeftOut>& PeerChecksLeftOut() {
  static const std::vector<PeerCheckLeftOut> left_out = {
      {"hadolint", "DL1001",
       "reports every inline `# hadolint ignore=` pragma; k8slint honours those pragmas, and "
       "K8L006/K8L005 report its own suppressions that are unused or expired"},

      {"kube-linter", "access-to-create-pods", kRbac},
      {"kube-linter", "access-to-secrets", kRbac},
      {"kube-linter", "cluster-admin-role-binding", kRbac},
      {"kube-linter", "wildcard-in-rules", kRbac},
      {"kube-linter", "scc-deny-privileged-container",
       "an OpenShift SecurityContextConstraints object is cluster policy; a privileged "
       "container itself is NR012's"},
      {"kube-linter", "dangling-networkpolicy", kNetworkPolicy},
      {"kube-linter", "dangling-networkpolicypeer-podselector", kNetworkPolicy},
      {"kube-linter", "non-isolated-pod", kNetworkPolicy},
      {"kube-linter", "dangling-horizontalpodautoscaler", kAutoscaling},
      {"kube-linter", "hpa-minimum-three-replicas", kAutoscaling},
      {"kube-linter", "dangling-servicemonitor",
       "Prometheus Operator objects; outside k8slint's topics"},
      {"kube-linter", "default-service-account", kServiceAccount},
      {"kube-linter", "deprecated-service-account-field", kServiceAccount},
      {"kube-linter", "non-existent-service-account", kServiceAccount},
      {"kube-linter", "dnsconfig-options", "DNS tuning; outside k8slint's topics"},
      {"kube-linter", "job-ttl-seconds-after-finished",
       "Job clean-up is cluster housekeeping; outside k8slint's topics"},
      {"kube-linter", "minimum-three-replicas", kAvailability},
      {"kube-linter", "no-anti-affinity", kAvailability},
      {"kube-linter", "no-node-affinity", kAvailability},
      {"kube-linter", "no-rolling-update-strategy", kAvailability},
      {"kube-linter", "pdb-max-unavailable", kAvailability},
      {"kube-linter", "pdb-min-available", kAvailability},
      {"kube-linter", "pdb-unhealthy-pod-eviction-policy", kAvailability},
      {"kube-linter", "priority-class-name", kAvailability},
      {"kube-linter", "restart-policy", kAvailability},
      {"kube-linter", "no-extensions-v1beta", kApiVersions},
      {"kube-linter", "required-annotation-email", kOrgPolicy},
      {"kube-linter", "required-label-owner", kOrgPolicy},
      {"kube-linter", "use-namespace",
       "the namespace is chosen at install time (`helm install -n`, `kubectl -n`), so an "
       "unset one in the files is normal"},
      {"kube-linter", "schema-validation",
       "full schema validation needs the cluster's OpenAPI schemas; KM001 and KM002 check "
       "the fields k8slint's rules read, and kubeconform does the rest"},
      {"kube-linter", "sorted-keys", "key order is style, not a defect"},

      {"kube-score", "pod-networkpolicy", kNetworkPolicy},
      {"kube-score", "networkpolicy-targets-pod", kNetworkPolicy},
      {"kube-score", "deployment-strategy", kAvailability},
      {"kube-score", "deployment-replicas", kAvailability},
      {"kube-score", "deployment-has-poddisruptionbudget", kAvailability},
      {"kube-score", "statefulset-has-poddisruptionbudget", kAvailability},
      {"kube-score", "deployment-has-host-podantiaffinity", kAvailability},
      {"kube-score", "statefulset-has-host-podantiaffinity", kAvailability},
      {"kube-score", "pod-topology-spread-constraints", kAvailability},
      {"kube-score", "poddisruptionbudget-has-policy", kAvailability},
      {"kube-score", "deployment-targeted-by-hpa-does-not-have-replicas-configured", kAutoscaling},
      {"kube-score", "horizontalpodautoscaler-has-target", kAutoscaling},
      {"kube-score", "horizontalpodautoscaler-replicas", kAutoscaling},
      {"kube-score", "statefulset-has-servicename",
       "StatefulSet identity and headless Services; outside k8slint's topics"},
      {"kube-score", "cronjob-has-deadline", "CronJob scheduling policy; outside k8slint's topics"},
      {"kube-score", "cronjob-restartpolicy",
       "the API server rejects a Job pod whose restartPolicy is Always, so the error "
       "surfaces at apply time; outside k8slint's topics"},
      {"kube-score", "stable-version", kApiVersions},
      {"kube-score", "label-values",
       "label syntax is checked by the API server at apply time; k8slint reads labels only "
       "to link Services and workloads"},
  };
  return left_out;
}

}  // namespace k8slint
