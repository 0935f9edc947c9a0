// PR001 missing-liveness-probe, PR002 missing-readiness-probe: a long-running
// container has no such probe. One file: the same check on two fields.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

class MissingProbeRule : public RuleBase {
 public:
  MissingProbeRule(RuleMeta meta, yaml::Probe yaml::Container::*probe, std::string_view key)
      : RuleBase(std::move(meta)), probe_(probe), key_(key) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      if (!pod.long_running || c.role != yaml::ContainerRole::kContainer) return;
      if ((c.*probe_).present()) return;
      yaml::ReportAt(emit, *this, *pod.owner, c.where(),
                     yaml::DescribeContainer(pod, c) + " has no " + std::string(key_));
    });
  }

 private:
  yaml::Probe yaml::Container::*probe_;
  std::string_view key_;
};

constexpr std::string_view kDetails =
    "Checks the regular containers of long-running workloads: Deployment, StatefulSet, "
    "DaemonSet, ReplicaSet, ReplicationController and Pods whose restartPolicy is Always (or "
    "unset). Init containers, ephemeral containers, Jobs, CronJobs and run-to-completion Pods "
    "are not checked, since they are expected to exit.";

}  // namespace

Status MakePR001(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MissingProbeRule>(
      RuleMeta{
          .id = "PR001",
          .name = "missing-liveness-probe",
          .level = Level::kWarning,
          .aliases = {"kube-linter:no-liveness-probe"},
          .kinds = {InputKind::kManifest},
          .summary = "A long-running container has no livenessProbe",
          .details = kDetails,
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
      },
      &yaml::Container::liveness, "livenessProbe");
  return Status::Ok();
}

Status MakePR002(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MissingProbeRule>(
      RuleMeta{
          .id = "PR002",
          .name = "missing-readiness-probe",
          .level = Level::kWarning,
          .aliases = {"kube-linter:no-readiness-probe"},
          .kinds = {InputKind::kManifest},
          .summary = "A long-running container has no readinessProbe",
          .details = kDetails,
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
      },
      &yaml::Container::readiness, "readinessProbe");
  return Status::Ok();
}

}  // namespace k8slint::rules
