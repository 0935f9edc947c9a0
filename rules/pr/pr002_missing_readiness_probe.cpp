// PR002 missing-readiness-probe: a long-running container has no readinessProbe.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/pr/probe_checks.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PR002",
      .name = "missing-readiness-probe",
      .level = Level::kWarning,
      .aliases = {"kube-linter:no-readiness-probe", "kube-score:pod-probes"},
      .kinds = {InputKind::kManifest},
      .summary = "A long-running container has no readinessProbe",
      .details =
          "Checks the regular containers of long-running workloads: Deployment, StatefulSet, "
          "DaemonSet, ReplicaSet, ReplicationController and Pods whose restartPolicy is "
          "Always (or unset). Init containers, ephemeral containers, Jobs, CronJobs and "
          "run-to-completion Pods are not checked, since they are expected to exit. The "
          "message names a Service of the same file that selects the pod. kube-score's "
          "pod-probes asks only for pods a Service selects and is satisfied when any one "
          "container has a probe; this rule asks it of every container, since a pod without "
          "one also passes rolling updates before it can serve (docs/kube-score-parity.md).",
      .rationale = "Without a readiness probe a pod receives Service traffic as soon as its "
                   "process starts, before it can answer, and keeps receiving it while it is "
                   "overloaded; rolling updates then drop requests.",
      .bad_example = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
                     "  template:\n    spec:\n      containers:\n      - name: web\n"
                     "        image: ghcr.io/acme/web:1.4.2\n",
      .good_example = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
                      "  template:\n    spec:\n      containers:\n      - name: web\n"
                      "        image: ghcr.io/acme/web:1.4.2\n        readinessProbe:\n"
                      "          httpGet: {path: /ready, port: 8080}\n",
      .fix = "Add a readinessProbe that succeeds only when the container can serve requests.",
      .example_path = "deploy.yaml",
      .tags = {"reliability", "kubernetes"},
      .kubernetes = true,
  };
}

}  // namespace

Status MakePR002(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MissingProbeRule>(Meta(), &yaml::Container::readiness, "readinessProbe");
  return Status::Ok();
}

}  // namespace k8slint::rules
