// PT010 exposed-service: a Service of type NodePort or LoadBalancer is reachable from
// outside the cluster.
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
      .id = "PT010",
      .name = "exposed-service",
      .level = Level::kNote,
      .aliases = {"kube-linter:exposed-services"},
      .kinds = {InputKind::kManifest},
      .summary = "A Service is exposed outside the cluster (type NodePort or LoadBalancer)",
      .details = "Off by default, as in kube-linter (`--enable PT010`). Fires on `spec.type` "
                 "of each Service whose type is NodePort or LoadBalancer.",
      .rationale = "A NodePort opens the port on every node, a LoadBalancer usually gives the "
                   "Service a public address; either bypasses the Ingress, its TLS and its "
                   "authentication. Teams that route all traffic through an Ingress or gateway "
                   "enable this rule to catch the exceptions.",
      .bad_example = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                     "  type: LoadBalancer\n  selector: {app: web}\n  ports: [{port: 80}]\n",
      .good_example = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                      "  selector: {app: web}\n  ports: [{port: 80}]\n",
      .fix = "Use a ClusterIP Service behind an Ingress or Gateway, or suppress the finding "
             "on the Services that are meant to be public.",
      .example_path = "service.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "3.0",
      .opt_in = true,
      .kubernetes = true,
  };
}

class ExposedServiceRule : public RuleBase {
 public:
  ExposedServiceRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    for (const yaml::Service& s : file.services()) {
      const std::string_view type = s.type_text();
      if (type != "NodePort" && type != "LoadBalancer") continue;
      yaml::ReportAt(emit, *this, *s.owner, s.type.span(),
                     s.owner->Describe() + " is of type " + std::string(type) +
                         ", reachable from outside the cluster");
    }
  }
};

}  // namespace

Status MakePT010(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ExposedServiceRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
