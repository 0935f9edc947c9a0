// PT007 invalid-port-name: a container port name or a named targetPort is not a valid
// IANA service name.
#include <memory>

#include "linter/core/excerpt.h"
#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PT007",
      .name = "invalid-port-name",
      .level = Level::kError,
      .aliases = {"kube-linter:invalid-target-ports", "kube-score:container-ports-check"},
      .kinds = {InputKind::kManifest},
      .summary = "A container port name or named targetPort is not a valid port name",
      .details = "Container port names and string targetPorts must be IANA service names: 1 to "
                 "15 characters, lowercase letters, digits and '-', at least one letter, no "
                 "leading, trailing or doubled '-'.",
      .rationale = "The API server rejects invalid names; a name longer than 15 characters is "
                   "the classic surprise (`metrics-endpoint`).",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    ports:\n"
                     "    - {name: metrics-endpoint, containerPort: 9090}\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    ports:\n"
                      "    - {name: metrics, containerPort: 9090}\n",
      .fix = "Shorten or rename the port: lowercase, at most 15 characters, e.g. `http`, "
             "`metrics`, `grpc-api`.",
      .example_path = "pod.yaml",
      .tags = {"correctness", "kubernetes"},
      .kubernetes = true,
  };
}

// Why `name` is not an IANA_SVC_NAME, or "" when it is one.
std::string PortNameProblem(std::string_view name) {
  if (name.empty() || name.size() > 15) return "must be 1 to 15 characters";
  bool letter = false;
  for (char c : name) {
    if (c >= 'a' && c <= 'z') letter = true;
    else if (!(c >= '0' && c <= '9') && c != '-') return "may only contain a-z, 0-9 and '-'";
  }
  if (!letter) return "must contain a letter";
  if (name.front() == '-' || name.back() == '-' || name.find("--") != std::string_view::npos)
    return "may not start or end with '-' or contain '--'";
  return "";
}

class InvalidPortNameRule : public RuleBase {
 public:
  InvalidPortNameRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      for (const yaml::ContainerPort& p : c.ports) Check(emit, *pod.owner, p.name, "port name");
    });
    for (const yaml::Service& s : file.services())
      for (const yaml::ServicePort& p : s.ports)
        if (!p.target_port.AsInt()) Check(emit, *s.owner, p.target_port, "targetPort");
  }

 private:
  void Check(Emitter& emit, const yaml::Object& owner, const yaml::Node& n,
             const char* what) const {
    if (!n.IsScalar()) return;
    const std::string why = PortNameProblem(n.scalar());
    if (why.empty()) return;
    yaml::ReportAt(emit, *this, owner, n.span(),
                   std::string(what) + " '" + Excerpt(n.scalar()) + "' of " + owner.Describe() +
                       " is invalid: it " + why);
  }
};

}  // namespace

Status MakePT007(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<InvalidPortNameRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
