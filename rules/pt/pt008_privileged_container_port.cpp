// PT008 privileged-container-port: a container declares a containerPort below 1024.
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
      .id = "PT008",
      .name = "privileged-container-port",
      .level = Level::kNote,
      .aliases = {"kube-linter:privileged-ports"},
      .kinds = {InputKind::kManifest},
      .summary = "A container declares a privileged port (containerPort below 1024)",
      .details = "Off by default, as in kube-linter (`--enable PT008`). Fires on each "
                 "containerPort from 1 to 1023 of any container or init container. kube-linter "
                 "also reports 1024, which is not privileged. PT023 (on by default) reports the "
                 "case that breaks: a non-root container on such a port.",
      .rationale = "Binding a port below 1024 needs root or NET_BIND_SERVICE in many runtimes, "
                   "so a privileged port usually means the container runs as root or keeps a "
                   "capability. The Service can still expose 80 while the container listens on "
                   "8080.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: nginx:1.27\n    ports: [{containerPort: 80}]\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
                      "  containers:\n  - name: web\n"
                      "    image: nginxinc/nginx-unprivileged:1.27\n"
                      "    ports: [{containerPort: 8080}]\n",
      .fix = "Listen on a port of 1024 or more in the container and map the well-known port "
             "in the Service (`port: 80, targetPort: 8080`).",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "2.0",
      .opt_in = true,
      .kubernetes = true,
  };
}

class PrivilegedContainerPortRule : public RuleBase {
 public:
  PrivilegedContainerPortRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      for (const yaml::ContainerPort& p : c.ports) {
        if (p.number < 1 || p.number > 1023) continue;
        yaml::ReportAt(emit, *this, *pod.owner, p.container_port.span(),
                       yaml::DescribeContainer(pod, c) + " listens on privileged port " +
                           std::to_string(p.number));
      }
    });
  }
};

}  // namespace

Status MakePT008(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<PrivilegedContainerPortRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
