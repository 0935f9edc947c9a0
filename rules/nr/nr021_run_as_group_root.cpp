// NR021 run-as-group-root: a container runs with GID 0 (runAsGroup: 0), the group that
// owns most of the host's and the image's system files.
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
      .id = "NR021",
      .name = "run-as-group-root",
      .level = Level::kWarning,
      .aliases = {"kube-linter:run-as-non-root"},
      .kinds = {InputKind::kManifest},
      .summary = "A container runs with the root group: runAsGroup is 0",
      .details = "Checks every container and init container of every workload after merging the "
                 "pod securityContext with the container's (the container's value wins), as "
                 "kube-linter's run-as-non-root does for runAsGroup. Fires on the `runAsGroup: 0` "
                 "in effect, once per container; a pod-level value shared by several containers "
                 "is reported once per container at the pod's line. runAsNonRoot does not look "
                 "at the group, so `runAsNonRoot: true` does not help.",
      .rationale = "GID 0 can read and write everything the image and any mounted volume left "
                   "group-owned by root (many images make their files `root:root` with group "
                   "write for OpenShift's arbitrary UIDs). Combined with a container escape it "
                   "also gives the root group's access to the node's files.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
                     "  securityContext:\n    runAsNonRoot: true\n    runAsUser: 10001\n"
                     "    runAsGroup: 0\n  containers:\n  - name: web\n"
                     "    image: ghcr.io/acme/web:1.4.2\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
                      "  securityContext:\n    runAsNonRoot: true\n    runAsUser: 10001\n"
                      "    runAsGroup: 10001\n  containers:\n  - name: web\n"
                      "    image: ghcr.io/acme/web:1.4.2\n",
      .fix = "Set runAsGroup to a non-zero GID (the image's group, e.g. 10001) and give that "
             "group the files it needs, or use fsGroup for volumes.",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "4.0",
      .kubernetes = true,
  };
}

class RunAsGroupRootRule : public RuleBase {
 public:
  RunAsGroupRootRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      if (c.role == yaml::ContainerRole::kEphemeral) return;
      const yaml::Node group = yaml::EffectiveSecurityField(pod, c, "runAsGroup");
      if (group.AsInt() != 0) return;
      yaml::ReportAt(emit, *this, *pod.owner, group.span(),
                     yaml::DescribeContainer(pod, c) +
                         " runs with runAsGroup: 0, the root group; use a non-zero GID");
    });
  }
};

}  // namespace

Status MakeNR021(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RunAsGroupRootRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
