// PT006 dangling-ingress: an Ingress backend names a Service, or a port of it, that
// the file does not define.
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
      .id = "PT006",
      .name = "dangling-ingress",
      .level = Level::kError,
      .aliases = {"kube-linter:dangling-ingress", "kube-score:ingress-targets-service"},
      .kinds = {InputKind::kManifest},
      .summary = "An Ingress backend names a Service or Service port that is not defined",
      .details = "For each backend of an Ingress (defaultBackend, rules[].http.paths[].backend; "
                 "networking.k8s.io/v1 `service.name`/`service.port` and the older "
                 "`serviceName`/`servicePort`), checks that a Service of that name exists in the "
                 "same file and namespace and that it has the port, by number (`port`) or by "
                 "name. Only files that define at least one Service are checked; the cross-file "
                 "rules cover the rest.",
      .rationale = "A backend pointing at a missing Service or port answers 503 for every "
                   "request on that path, usually after a rename of the Service or its port.",
      .bad_example = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                     "  selector: {app: web}\n  ports: [{name: http, port: 80}]\n---\n"
                     "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n"
                     "spec:\n  defaultBackend:\n    service: {name: web, port: {number: 8080}}\n",
      .good_example = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                      "  selector: {app: web}\n  ports: [{name: http, port: 80}]\n---\n"
                      "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n"
                      "spec:\n  defaultBackend:\n    service: {name: web, port: {name: http}}\n",
      .fix = "Name an existing Service and one of its ports (the Service's `port`, not the "
             "container's).",
      .example_path = "ingress.yaml",
      .tags = {"correctness", "kubernetes"},
      .kubernetes = true,
  };
}

class DanglingIngressRule : public RuleBase {
 public:
  DanglingIngressRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    if (file.services().empty()) return;
    for (const yaml::Ingress& ing : file.ingresses()) {
      for (const yaml::IngressBackend& b : ing.backends) {
        if (!b.service_name.IsScalar()) continue;
        const std::string name(b.service_name.scalar());
        const yaml::Service* s = file.FindService(name, *ing.owner);
        if (!s) {
          yaml::ReportAt(
              emit, *this, *ing.owner, b.service_name.span(),
              ing.owner->Describe() + " routes to Service '" + name + "', which is not defined");
          continue;
        }
        if (!b.port.IsScalar() || HasPort(*s, b.port)) continue;
        yaml::ReportAt(emit, *this, *ing.owner, b.port.span(),
                       ing.owner->Describe() + " routes to port " + std::string(b.port.scalar()) +
                           " of Service '" + name + "', which has no such port");
      }
    }
  }

 private:
  static bool HasPort(const yaml::Service& s, const yaml::Node& port) {
    const std::optional<int64_t> n = port.AsInt();
    for (const yaml::ServicePort& p : s.ports)
      if (n ? p.port.AsInt() == n : p.name.scalar() == port.scalar()) return true;
    return false;
  }
};

}  // namespace

Status MakePT006(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<DanglingIngressRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
