// PT001 unmatched-target-port: a Service's targetPort matches no container port of
// the workloads its selector selects (in the same file).
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
      .id = "PT001",
      .name = "unmatched-target-port",
      .level = Level::kError,
      .aliases = {},
      .kinds = {InputKind::kManifest},
      .summary = "A Service targetPort matches no container port of the pods it selects",
      .details = "For each Service whose selector selects workloads in the same file (same "
                 "namespace, or no namespace written), checks each port's targetPort (or port, "
                 "when targetPort is omitted) against the ports of the selected pods' "
                 "containers. A name must be the name of a container port; a number must be a "
                 "containerPort, unless the containers declare no ports at all. Services "
                 "selecting nothing are PT002's case; Services in other files are checked by "
                 "the cross-file rules.",
      .rationale = "A targetPort name that no container defines gives the Service no endpoints, "
                   "and a wrong number sends traffic to a closed port: either way requests fail "
                   "with connection refused while every pod looks healthy.",
      .bad_example = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
                     "  template:\n    metadata:\n      labels: {app: web}\n    spec:\n"
                     "      containers:\n      - name: web\n        image: ghcr.io/acme/web:1.4.2\n"
                     "        ports: [{name: http, containerPort: 8080}]\n---\n"
                     "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                     "  selector: {app: web}\n  ports: [{port: 80, targetPort: web}]\n",
      .good_example =
          "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
          "  template:\n    metadata:\n      labels: {app: web}\n    spec:\n"
          "      containers:\n      - name: web\n        image: ghcr.io/acme/web:1.4.2\n"
          "        ports: [{name: http, containerPort: 8080}]\n---\n"
          "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
          "  selector: {app: web}\n  ports: [{port: 80, targetPort: http}]\n",
      .fix = "Use the name or containerPort of the container port the application listens on.",
      .example_path = "deploy.yaml",
      .tags = {"correctness", "kubernetes"},
      .kubernetes = true,
  };
}

class UnmatchedTargetPortRule : public RuleBase {
 public:
  UnmatchedTargetPortRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    for (const yaml::Service& s : file.services()) {
      const std::vector<const yaml::PodSpec*> pods = file.Selected(s.selector, *s.owner);
      if (pods.empty()) continue;
      for (const yaml::ServicePort& p : s.ports) {
        const yaml::Node target = p.target_port ? p.target_port : p.port;
        if (!target.IsScalar() || Matches(pods, target)) continue;
        yaml::ReportAt(emit, *this, *s.owner, target.span(),
                       s.owner->Describe() + " targets port " + Quote(target) +
                           ", which no container of " + pods.front()->owner->Describe() +
                           (pods.size() > 1 ? " (or the other selected workloads)" : "") +
                           " declares");
      }
    }
  }

 private:
  static std::string Quote(const yaml::Node& n) {
    return n.AsInt() ? std::string(n.scalar()) : "'" + std::string(n.scalar()) + "'";
  }

  static bool Matches(const std::vector<const yaml::PodSpec*>& pods, const yaml::Node& target) {
    const bool named = !target.AsInt().has_value();
    bool any_ports = false;
    for (const yaml::PodSpec* pod : pods) {
      for (const yaml::Container& c : pod->containers) {
        if (c.role != yaml::ContainerRole::kContainer) continue;
        any_ports = any_ports || !c.ports.empty();
        if (c.FindPort(target)) return true;
      }
    }
    return !named && !any_ports;  // undeclared numbers still reach the process
  }
};

}  // namespace

Status MakePT001(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<UnmatchedTargetPortRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
