// RS005 request-exceeds-limit: a request is greater than its limit, which the API
// server rejects.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/quantity.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "RS005",
      .name = "request-exceeds-limit",
      .level = Level::kError,
      .aliases = {},
      .kinds = {InputKind::kManifest},
      .summary = "A container requests more of a resource than its limit allows",
      .details = "Compares every resource present in both requests and limits (cpu, memory, "
                 "ephemeral-storage, hugepages-*, extended resources) as Kubernetes quantities "
                 "and fires at the request when it is greater. Values that do not parse are "
                 "RS006's business.",
      .rationale = "The API server rejects such a pod (\"must be less than or equal to ... "
                   "limit\"), so the Deployment never gets its pods; it is usually a unit slip "
                   "such as 512M against 512Mi, or m forgotten on cpu.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
                     "      requests: {cpu: 500, memory: 128Mi}\n"
                     "      limits: {cpu: 1000m, memory: 256Mi}\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
                      "      requests: {cpu: 500m, memory: 128Mi}\n"
                      "      limits: {cpu: 1000m, memory: 256Mi}\n",
      .fix = "Lower the request or raise the limit; check the units (m, Mi, Gi).",
      .example_path = "pod.yaml",
      .tags = {"correctness", "kubernetes"},
      .kubernetes = true,
  };
}

class RequestExceedsLimitRule : public RuleBase {
 public:
  RequestExceedsLimitRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      for (size_t i = 0; i < c.requests.size(); ++i) {
        const std::string_view resource = c.requests.KeyAt(i).scalar();
        const yaml::Node request = c.requests.ValueAt(i);
        const yaml::Node limit = c.limits.Get(resource);
        const auto r = yaml::ParseQuantity(request.scalar());
        const auto l = yaml::ParseQuantity(limit.scalar());
        if (!r || !l || *r <= *l) continue;
        yaml::ReportAt(emit, *this, *pod.owner, request.span(),
                       yaml::DescribeContainer(pod, c) + " requests " + std::string(resource) +
                           " " + std::string(request.scalar()) + ", more than its limit " +
                           std::string(limit.scalar()));
      }
    });
  }
};

}  // namespace

Status MakeRS005(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RequestExceedsLimitRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
