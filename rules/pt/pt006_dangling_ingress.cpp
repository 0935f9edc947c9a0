// PT006 dangling-ingress: an Ingress backend names a Service, or a port of it, that
// no linted file defines.
#include <memory>

#include <algorithm>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/project/project_rule.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PT006",
      .name = "dangling-ingress",
      .level = Level::kError,
      .aliases = {"kube-linter:dangling-ingress", "kube-score:ingress-targets-service"},
      .kinds = {},
      .summary = "An Ingress backend names a Service or Service port that is not defined",
      .details = "For each backend of an Ingress (defaultBackend, rules[].http.paths[].backend; "
                 "networking.k8s.io/v1 `service.name`/`service.port` and the older "
                 "`serviceName`/`servicePort`), checks that a Service of that name exists in some "
                 "linted file (same namespace, or none written) and that it has the port, by "
                 "number (`port`) or by name. A missing Service is reported for an Ingress in "
                 "a file that defines a Service, or when the inputs were found by walking a "
                 "folder and define some Service: a pre-commit run that passes a few files "
                 "does not see the rest of the app. A missing port of a Service that is "
                 "defined is always reported.",
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
      .tags = {"correctness", "kubernetes", "cross-file"},
      .kubernetes = true,
  };
}

class DanglingIngressRule : public project::ProjectRule {
 public:
  DanglingIngressRule() : ProjectRule(Meta()) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    bool any_service = false;
    for (const project::FileFacts& f : p.files())
      any_service = any_service || !f.services().empty();
    for (const project::FileFacts& f : p.files()) {
      // Without a Service in its own file, an Ingress may route to Services of files a
      // pre-commit hook did not pass: judge it only when the whole tree was walked.
      const bool complete = !f.services().empty() || (p.walked() && any_service);
      for (const project::IngressFact& ing : f.ingresses()) {
        const std::string from =
            ing.source_template.empty() ? "" : " (from template " + ing.source_template + ")";
        for (const project::IngressBackendFact& b : ing.backends) {
          const std::vector<const project::ServiceFact*> services =
              p.FindServices(b.service, ing.ns);
          if (services.empty()) {
            if (complete)
              project::ReportOne(p, emit, *this, b.service_at,
                                 "Ingress/" + ing.name + " routes to Service '" + b.service +
                                     "', which is not defined in the linted files" + from,
                                 b.service_line);
            continue;
          }
          if (!b.port || std::any_of(services.begin(), services.end(),
                                     [&](const auto* s) { return HasPort(*s, *b.port); }))
            continue;
          const std::string port =
              b.port->number ? std::to_string(b.port->number) : b.port->name.str();
          project::ReportOne(p, emit, *this, b.port->at,
                             "Ingress/" + ing.name + " routes to port " + port + " of Service '" +
                                 b.service + "', which has no such port" + from,
                             b.port_line);
        }
      }
    }
  }

 private:
  // A Service whose port number is templated may have any number.
  static bool HasPort(const project::ServiceFact& s, const project::PortFact& port) {
    if (!port.number)
      return std::find(s.port_names.begin(), s.port_names.end(), port.name) != s.port_names.end();
    if (s.unknown_port) return true;
    for (const project::ServicePortFact& sp : s.ports)
      if (sp.port.number == port.number) return true;
    return false;
  }
};

}  // namespace

Status MakePT006(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<DanglingIngressRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
