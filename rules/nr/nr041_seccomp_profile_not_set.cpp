// NR041 seccomp-profile-not-set: a container runs without a seccomp profile.
#include <memory>
#include <set>
#include <string>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR041",
      .name = "seccomp-profile-not-set",
      .level = Level::kWarning,
      .aliases = {"kube-score:container-seccomp-profile"},
      .kinds = {InputKind::kManifest},
      .summary = "A container runs without a seccomp profile",
      .details =
          "A container is covered by securityContext.seccompProfile in its own "
          "securityContext or the pod's, with type RuntimeDefault or Localhost, or by the "
          "legacy pod-template annotations `seccomp.security.alpha.kubernetes.io/pod` and "
          "`container.seccomp.security.alpha.kubernetes.io/<container>`, which kube-score "
          "accepts too. Fires at each container and init container that is not covered, and "
          "at a `type: Unconfined` in effect. Kustomize patches and securityContexts written "
          "as one template expression are skipped. Off by default, like kube-score's "
          "optional check: most clusters leave seccomp to the node's default.",
      .rationale =
          "Unless the kubelet runs with SeccompDefault, a container without a profile runs "
          "Unconfined: every system call is open to it, including the rarely needed ones "
          "behind most container escapes. RuntimeDefault blocks those and is what the "
          "restricted Pod Security Standard requires.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
                      "  securityContext:\n    seccompProfile: {type: RuntimeDefault}\n"
                      "  containers:\n  - name: web\n    image: ghcr.io/acme/web:1.4.2\n",
      .fix = "Set `seccompProfile: {type: RuntimeDefault}` in the pod's securityContext.",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "4.0",
      .opt_in = true,
      .kubernetes = true,
  };
}

// The annotations of the pod template (a Pod's own), where the legacy seccomp
// annotations live.
yaml::Node PodAnnotations(const yaml::PodSpec& pod) {
  const yaml::Object& o = *pod.owner;
  if (o.Is("Pod")) return o.annotations;
  if (o.Is("CronJob"))
    return o.node.At({"spec", "jobTemplate", "spec", "template", "metadata", "annotations"});
  return o.node.At({"spec", "template", "metadata", "annotations"});
}

bool LegacyAnnotation(const yaml::Node& annotations, const yaml::Container& c) {
  const yaml::Node v = annotations.Get("container.seccomp.security.alpha.kubernetes.io/" +
                                       std::string(c.name_text()));
  const yaml::Node p = annotations.Get("seccomp.security.alpha.kubernetes.io/pod");
  const yaml::Node set = v.HasValue() ? v : p;
  return set.HasValue() && set.scalar() != "unconfined";
}

class SeccompProfileNotSetRule : public RuleBase {
 public:
  SeccompProfileNotSetRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    std::set<yaml::NodeId> reported;
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      if (c.role == yaml::ContainerRole::kEphemeral) return;  // debugging sessions
      const yaml::Node profile = yaml::EffectiveSecurityField(pod, c, "seccompProfile");
      const yaml::Node type = profile.Get("type");
      const std::string who = yaml::DescribeContainer(pod, c);
      if (type.scalar() == "Unconfined") {
        if (reported.insert(type.id()).second)
          yaml::ReportAt(emit, *this, *pod.owner, type.span(),
                         "seccompProfile type Unconfined leaves every system call open to " + who +
                             "; use RuntimeDefault");
        return;
      }
      if (profile.HasValue() || pod.partial) return;
      if (yaml::TemplatedSection(c, "securityContext") ||
          yaml::TemplatedSection(pod, "securityContext") ||
          c.security_context.Get("seccompProfile").templated() ||
          pod.security_context.Get("seccompProfile").templated())
        return;
      if (LegacyAnnotation(PodAnnotations(pod), c)) return;
      yaml::ReportAt(emit, *this, *pod.owner, c.where(),
                     who + " has no seccomp profile; set seccompProfile: {type: RuntimeDefault} "
                           "in the pod's securityContext");
    });
  }
};

}  // namespace

Status MakeNR041(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<SeccompProfileNotSetRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
