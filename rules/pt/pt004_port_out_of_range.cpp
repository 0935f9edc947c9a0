// PT004 port-out-of-range: a port number outside 1-65535.
#include <cstdint>
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
      .id = "PT004",
      .name = "port-out-of-range",
      .level = Level::kError,
      .aliases = {"kube-score:container-ports-check"},
      .kinds = {InputKind::kManifest, InputKind::kValues},
      .summary = "A port number is outside 1-65535",
      .details = "Checks containerPort and hostPort of every container, port and numeric "
                 "targetPort of every Service port, numeric probe ports, and `service.port` / "
                 "`service.targetPort` in Helm values files. A container's ports entry without "
                 "a containerPort is reported too (0 is what the API reads for it), except in a "
                 "kustomize patch.",
      .rationale = "TCP and UDP ports are 16-bit and 0 is reserved; the API server rejects "
                   "such a manifest, and a chart only fails when it is installed.",
      .bad_example = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                     "  selector: {app: web}\n  ports:\n  - {port: 80, targetPort: 80800}\n",
      .good_example = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                      "  selector: {app: web}\n  ports:\n  - {port: 80, targetPort: 8080}\n",
      .fix = "Use a port number between 1 and 65535.",
      .example_path = "service.yaml",
      .tags = {"correctness", "kubernetes"},
      .kubernetes = true,
  };
}

class PortOutOfRangeRule : public RuleBase {
 public:
  PortOutOfRangeRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    for (const yaml::Values& v : file.value_scopes()) {
      Check(emit, nullptr, v.service_port, v.prefix + "service.port");
      Check(emit, nullptr, v.service.Get("targetPort"), v.prefix + "service.targetPort");
    }
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      for (const yaml::ContainerPort& p : c.ports) {
        // A wrongly typed value is KM002's; only an absent or null one is missing.
        if (!p.node.Get("containerPort").HasValue() && !pod.partial)
          yaml::ReportAt(emit, *this, *pod.owner, p.node.position(),
                         "a port of " + yaml::DescribeContainer(pod, c) +
                             " has no containerPort; the API server requires 1-65535");
        Check(emit, pod.owner, p.container_port, "containerPort");
        Check(emit, pod.owner, p.host_port, "hostPort");
      }
      for (const yaml::Probe* probe : {&c.liveness, &c.readiness, &c.startup})
        Check(emit, pod.owner, probe->port, "probe port");
    });
    for (const yaml::Service& s : file.services()) {
      for (const yaml::ServicePort& p : s.ports) {
        Check(emit, s.owner, p.port, "port");
        Check(emit, s.owner, p.target_port, "targetPort");
      }
    }
  }

 private:
  void Check(Emitter& emit, const yaml::Object* owner, const yaml::Node& n,
             const std::string& what) const {
    const std::optional<int64_t> v = n.AsInt();
    if (!v || (*v >= 1 && *v <= 65535)) return;
    std::string msg = what + " " + std::to_string(*v) + " is outside 1-65535";
    if (owner) {
      yaml::ReportAt(emit, *this, *owner, n.span(), owner->Describe() + ": " + msg);
    } else {
      emit.Report(*this, n.span(), msg);
    }
  }
};

}  // namespace

Status MakePT004(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<PortOutOfRangeRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
