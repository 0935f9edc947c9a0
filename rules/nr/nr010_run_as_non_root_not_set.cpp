// NR010 run-as-non-root-not-set: a container may run as root because neither
// runAsNonRoot: true nor a non-zero runAsUser applies to it.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR010",
      .name = "run-as-non-root-not-set",
      .level = Level::kWarning,
      .aliases = {"kube-linter:run-as-non-root"},
      .kinds = {InputKind::kManifest},
      .summary = "A container may run as root: runAsNonRoot is not true and runAsUser is not a "
                 "non-zero UID",
      .details = "Checks every container and init container of every workload (Pod, Deployment, "
                 "StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob) after "
                 "merging the pod securityContext with the container's, as the kubelet does: the "
                 "container's value wins. Fires when the effective runAsNonRoot is not true and "
                 "the effective runAsUser is not greater than 0. A container that sets "
                 "`runAsNonRoot: false` over a pod-level `true` is reported at its own setting.",
      .rationale = "Without either setting the container runs as whatever user the image "
                   "declares, which for most images is root. runAsNonRoot: true makes the kubelet "
                   "refuse to start a container whose image would run as UID 0.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: nginx:1.27\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
                      "  securityContext:\n    runAsNonRoot: true\n    runAsUser: 10001\n"
                      "  containers:\n  - name: web\n    image: nginxinc/nginx-unprivileged:1.27\n",
      .fix = "Set `runAsNonRoot: true` (and a numeric `runAsUser`) in the pod's securityContext, "
             "and do not override it with `false` in a container.",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "6.0",
      .kubernetes = true,
  };
}

class RunAsNonRootNotSetRule : public RuleBase {
 public:
  RunAsNonRootNotSetRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      if (c.role == yaml::ContainerRole::kEphemeral) return;
      if (yaml::TemplatedSection(c, "securityContext") ||
          yaml::TemplatedSection(pod, "securityContext"))
        return;
      const yaml::Node non_root = yaml::EffectiveSecurityField(pod, c, "runAsNonRoot");
      const yaml::Node user = yaml::EffectiveSecurityField(pod, c, "runAsUser");
      if (non_root.IsTrue() || user.AsInt().value_or(0) > 0) return;
      if (user.AsInt() == 0) return;                    // NR011 reports runAsUser: 0
      if (pod.partial && !non_root.HasValue()) return;  // the base it patches may set it
      const std::string who = yaml::DescribeContainer(pod, c);
      if (non_root.IsFalse()) {
        yaml::ReportAt(
            emit, *this, *pod.owner, non_root.span(),
            who + " sets runAsNonRoot: false and no non-zero runAsUser, so it may run as root");
        return;
      }
      yaml::ReportAt(emit, *this, *pod.owner, c.where(),
                     who + " may run as root: set runAsNonRoot: true and runAsUser in the "
                           "pod or container securityContext");
    });
  }
};

}  // namespace

Status MakeNR010(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RunAsNonRootNotSetRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
