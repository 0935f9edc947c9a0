// NR013 privilege-escalation-allowed: allowPrivilegeEscalation is not false.
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
      .id = "NR013",
      .name = "privilege-escalation-allowed",
      .level = Level::kWarning,
      .aliases = {"kube-linter:privilege-escalation-container"},
      .kinds = {InputKind::kManifest},
      .summary = "A container may gain more privileges than its parent process",
      .details = "Fires for each container and init container whose securityContext does not set "
                 "`allowPrivilegeEscalation: false`: at the setting when it is true, at the "
                 "container otherwise. Kubernetes defaults it to true, and forces it to true for "
                 "privileged containers and those adding CAP_SYS_ADMIN. Ephemeral debug "
                 "containers are not checked. kube-linter reports only an explicit true.",
      .rationale = "With privilege escalation allowed, setuid binaries (su, sudo, ping on some "
                   "images) and file capabilities can turn a non-root process into root. The "
                   "Kubernetes restricted Pod Security Standard requires it to be false.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: nginx:1.27\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: nginx:1.27\n    securityContext:\n"
                      "      allowPrivilegeEscalation: false\n",
      .fix = "Add `allowPrivilegeEscalation: false` to every container's securityContext.",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "6.0",
      .kubernetes = true,
  };
}

class PrivilegeEscalationRule : public RuleBase {
 public:
  PrivilegeEscalationRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      if (c.role == yaml::ContainerRole::kEphemeral) return;
      if (yaml::TemplatedSection(c, "securityContext")) return;
      const yaml::Node ape = c.security_context.Get("allowPrivilegeEscalation");
      if (ape.IsFalse() || (pod.partial && !ape.HasValue())) return;
      const std::string who = yaml::DescribeContainer(pod, c);
      if (ape.IsTrue()) {
        yaml::ReportAt(emit, *this, *pod.owner, ape.span(),
                       who + " allows privilege escalation; set allowPrivilegeEscalation: false");
      } else {
        yaml::ReportAt(emit, *this, *pod.owner, c.where(),
                       who + " does not set allowPrivilegeEscalation: false (the default is true)");
      }
    });
  }
};

}  // namespace

Status MakeNR013(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<PrivilegeEscalationRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
