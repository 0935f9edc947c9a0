// NR011 run-as-user-root: runAsUser: 0 applies to a container.
#include <memory>
#include <set>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR011",
      .name = "run-as-user-root",
      .level = Level::kError,
      .aliases = {"kube-linter:run-as-non-root"},
      .kinds = {InputKind::kManifest},
      .summary = "A container is told to run as UID 0 with runAsUser: 0",
      .details = "Fires on a `runAsUser: 0` that is in effect for at least one container or init "
                 "container: set in the container's securityContext, or in the pod's and not "
                 "overridden by the container. A pod-level setting is reported once, however many "
                 "containers inherit it (kube-linter's run-as-non-root, whose alias it shares "
                 "with NR010 and NR021, counts it once per container).",
      .rationale = "runAsUser: 0 explicitly runs the process as root, defeating a non-root image; "
                   "combined with runAsNonRoot: true the pod never starts.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
                     "  securityContext:\n    runAsUser: 0\n  containers:\n  - name: web\n"
                     "    image: nginx:1.27\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
                      "  securityContext:\n    runAsUser: 10001\n  containers:\n  - name: web\n"
                      "    image: nginx:1.27\n",
      .fix = "Use a non-zero UID (10001 or the image's own user) for runAsUser.",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "7.0",
      .kubernetes = true,
  };
}

class RunAsUserRootRule : public RuleBase {
 public:
  RunAsUserRootRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    std::set<yaml::NodeId> reported;
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      const yaml::Node user = yaml::EffectiveSecurityField(pod, c, "runAsUser");
      if (user.AsInt() != 0 || !reported.insert(user.id()).second) return;
      yaml::ReportAt(emit, *this, *pod.owner, user.span(),
                     "runAsUser: 0 runs " + yaml::DescribeContainer(pod, c) +
                         " as root; use a non-zero UID such as 10001");
    });
  }
};

}  // namespace

Status MakeNR011(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RunAsUserRootRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
