// NR012 privileged-container: securityContext.privileged: true.
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
      .id = "NR012",
      .name = "privileged-container",
      .level = Level::kError,
      .aliases = {"kube-linter:privileged-container",
                  "kube-score:container-security-context-privileged"},
      .kinds = {InputKind::kManifest},
      .summary = "A container runs privileged, with every capability and the host's devices",
      .details = "Fires on `privileged: true` in the securityContext of any container, init "
                 "container or ephemeral container of a workload.",
      .rationale = "A privileged container is root on the node in all but name: it can load "
                   "kernel modules, mount the host's disks and escape the container trivially.",
      .bad_example =
          "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
          "  - name: web\n    image: nginx:1.27\n    securityContext:\n      privileged: true\n",
      .good_example =
          "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
          "  - name: web\n    image: nginx:1.27\n    securityContext:\n      privileged: false\n",
      .fix = "Remove `privileged: true`; add only the specific capability the workload needs.",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "9.0",
      .kubernetes = true,
  };
}

class PrivilegedContainerRule : public RuleBase {
 public:
  PrivilegedContainerRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      const yaml::Node p = c.security_context.Get("privileged");
      if (!p.IsTrue()) return;
      yaml::ReportAt(
          emit, *this, *pod.owner, p.span(),
          yaml::DescribeContainer(pod, c) + " is privileged: it has full access to the node");
    });
  }
};

}  // namespace

Status MakeNR012(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<PrivilegedContainerRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
