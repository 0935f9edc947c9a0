// PR001 missing-liveness-probe: a long-running container has no livenessProbe.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/pr/probe_checks.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PR001",
      .name = "missing-liveness-probe",
      .level = Level::kWarning,
      .aliases = {"kube-linter:no-liveness-probe", "kube-score:pod-probes"},
      .kinds = {InputKind::kManifest},
      .summary = "A long-running container has no livenessProbe",
      .details =
          "Checks the regular containers of long-running workloads: Deployment, StatefulSet, "
          "DaemonSet, ReplicaSet, ReplicationController and Pods whose restartPolicy is "
          "Always (or unset). Init containers, ephemeral containers, Jobs, CronJobs and "
          "run-to-completion Pods are not checked, since they are expected to exit. "
          "kube-score's pod-probes only notes a missing livenessProbe, and only for pods a "
          "Service selects (docs/kube-score-parity.md).",
      .rationale = "Without a liveness probe a process that hangs (deadlock, exhausted "
                   "pool) keeps its pod Running forever; the kubelet only restarts "
                   "containers that exit.",
      .bad_example = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
                     "  template:\n    spec:\n      containers:\n      - name: web\n"
                     "        image: ghcr.io/acme/web:1.4.2\n",
      .good_example = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
                      "  template:\n    spec:\n      containers:\n      - name: web\n"
                      "        image: ghcr.io/acme/web:1.4.2\n        livenessProbe:\n"
                      "          httpGet: {path: /healthz, port: 8080}\n",
      .fix = "Add a livenessProbe that checks the process is responsive (an HTTP /healthz "
             "that does not depend on other services).",
      .example_path = "deploy.yaml",
      .tags = {"reliability", "kubernetes"},
      .kubernetes = true,
  };
}

}  // namespace

Status MakePR001(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MissingProbeRule>(Meta(), &yaml::Container::liveness, "livenessProbe");
  return Status::Ok();
}

}  // namespace k8slint::rules
