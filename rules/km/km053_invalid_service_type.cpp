// KM053 invalid-service-type: a Service's type (or a chart's service.type) is not one
// Kubernetes accepts.
#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <string_view>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "KM053",
      .name = "invalid-service-type",
      .level = Level::kError,
      .aliases = {},
      .kinds = {InputKind::kManifest, InputKind::kValues},
      .summary = "A Service type is not ClusterIP, NodePort, LoadBalancer or ExternalName",
      .details = "Fires at `spec.type` of a Service, and at `service.type` of a Helm values scope "
                 "(which the `helm create` templates write into the Service unchanged), when it is "
                 "not one of the four types the API server accepts: `ClusterIP`, `NodePort`, "
                 "`LoadBalancer`, `ExternalName`. The comparison is case-sensitive, as the API "
                 "server's is: `Nodeport` and `clusterIP` are rejected, and the message names the "
                 "type meant. An empty value means ClusterIP; template expressions are not judged. "
                 "Whether a type is wise (NodePort exposure) is KS-family policy, not this rule's.",
      .rationale = "The API server rejects the Service (`spec.type: Unsupported value`); with "
                   "Helm the whole release fails at install time, after review.",
      .bad_example = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                     "  type: Nodeport\n  selector:\n    app: web\n  ports:\n  - port: 80\n",
      .good_example = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                      "  type: NodePort\n  selector:\n    app: web\n  ports:\n  - port: 80\n",
      .fix = "Write one of ClusterIP, NodePort, LoadBalancer or ExternalName, spelled as here.",
      .example_path = "service.yaml",
      .tags = {"correctness", "kubernetes", "helm"},
      .kubernetes = true,
  };
}

constexpr std::string_view kTypes[] = {"ClusterIP", "NodePort", "LoadBalancer", "ExternalName"};

bool SameIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// Why `n` is no Service type, or "" when it is one (or cannot be judged).
std::string ServiceTypeProblem(const yaml::Node& n) {
  if (!n.HasValue() || n.templated() || (n.IsScalar() && n.scalar().empty())) return "";
  if (!n.IsScalar()) return "is " + std::string(n.TypeName()) + ", not a Service type";
  const std::string_view t = n.scalar();
  for (std::string_view k : kTypes) {
    if (t == k) return "";
    if (SameIgnoringCase(t, k))
      return "'" + std::string(t) + "' is not accepted (types are case-sensitive); write '" +
             std::string(k) + "'";
  }
  return "'" + std::string(t) +
         "' is not a Service type; use ClusterIP, NodePort, LoadBalancer or ExternalName";
}

class InvalidServiceTypeRule : public RuleBase {
 public:
  InvalidServiceTypeRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    for (const yaml::Values& v : file.value_scopes())
      if (std::string why = ServiceTypeProblem(v.service_type); !why.empty())
        emit.Report(*this, v.service_type.span(), v.prefix + "service.type " + why);
    for (const yaml::Service& s : file.services())
      if (std::string why = ServiceTypeProblem(s.type); !why.empty())
        yaml::ReportAt(emit, *this, *s.owner, s.type.span(),
                       "type of " + s.owner->Describe() + " " + why);
  }
};

}  // namespace

Status MakeKM053(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<InvalidServiceTypeRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
