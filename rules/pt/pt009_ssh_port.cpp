// PT009 ssh-port: a container declares port 22/TCP, the SSH port.
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
      .id = "PT009",
      .name = "ssh-port",
      .level = Level::kWarning,
      .aliases = {"kube-linter:ssh-port"},
      .kinds = {InputKind::kManifest},
      .summary = "A container exposes the SSH port (22/TCP)",
      .details = "Fires on each containerPort 22 with protocol TCP (the default) of any "
                 "container or init container, as kube-linter's ssh-port does.",
      .rationale = "An SSH server in a container is a second way in that bypasses Kubernetes' "
                   "access control and audit (kubectl exec is both authenticated and logged), "
                   "and its keys and passwords tend to be baked into the image.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: tools\nspec:\n"
                     "  containers:\n  - name: tools\n    image: ghcr.io/acme/tools:1.2.0\n"
                     "    ports: [{name: ssh, containerPort: 22}]\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: tools\nspec:\n"
                      "  containers:\n  - name: tools\n    image: ghcr.io/acme/tools:1.2.0\n",
      .fix = "Remove the SSH server and use `kubectl exec` or `kubectl debug`; a git server "
             "that must speak SSH should listen on an unprivileged port (2222) and say why in "
             "a suppression.",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "5.0",
      .kubernetes = true,
  };
}

class SshPortRule : public RuleBase {
 public:
  SshPortRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      for (const yaml::ContainerPort& p : c.ports) {
        if (p.number != 22 || p.protocol != "TCP") continue;
        yaml::ReportAt(emit, *this, *pod.owner, p.container_port.span(),
                       yaml::DescribeContainer(pod, c) + " exposes the SSH port 22");
      }
    });
  }
};

}  // namespace

Status MakePT009(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<SshPortRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
