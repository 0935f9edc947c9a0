// PT030 nodeport-service: a Service of type NodePort.
#include <memory>
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
      .id = "PT030",
      .name = "nodeport-service",
      .level = Level::kWarning,
      .aliases = {"kube-score:service-type"},
      .kinds = {InputKind::kManifest},
      .summary = "A Service is of type NodePort",
      .details = "Fires at `type: NodePort` of a Service. LoadBalancer Services, which also "
                 "allocate node ports, are not reported, as in kube-score. Off by default: "
                 "kube-score warns by default, but NodePort is how Minikube, kind and bare-metal "
                 "clusters without a load balancer reach a Service from outside, so for them every "
                 "finding would be noise. Enable it for clusters that expose Services through an "
                 "Ingress or a cloud load balancer.",
      .rationale =
          "A NodePort Service opens the same port on every node, on every node address, "
          "bypassing the Ingress and whatever authentication and TLS it enforces; ports of "
          "the 30000-32767 range also collide between teams and are hard to firewall.",
      .bad_example = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                     "  type: NodePort\n  selector: {app: web}\n  ports:\n"
                     "  - {port: 80, targetPort: 8080, nodePort: 30080}\n",
      .good_example = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                      "  type: ClusterIP\n  selector: {app: web}\n  ports:\n"
                      "  - {port: 80, targetPort: 8080}\n",
      .fix = "Use type ClusterIP and reach the Service through an Ingress (or a LoadBalancer "
             "where the cluster provides one); use `kubectl port-forward` for debugging.",
      .example_path = "service.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "3.0",
      .opt_in = true,
      .kubernetes = true,
  };
}

class NodePortServiceRule : public RuleBase {
 public:
  NodePortServiceRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    for (const yaml::Service& s : file.services()) {
      if (s.type.scalar() != "NodePort") continue;
      yaml::ReportAt(emit, *this, *s.owner, s.type.span(),
                     s.owner->Describe() +
                         " is of type NodePort, which opens its port on every node; use "
                         "ClusterIP behind an Ingress, or LoadBalancer");
    }
  }
};

}  // namespace

Status MakePT030(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<NodePortServiceRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
