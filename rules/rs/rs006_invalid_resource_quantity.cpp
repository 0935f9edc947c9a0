// RS006 invalid-resource-quantity: a request or limit is not a Kubernetes quantity.
#include <memory>

#include "linter/core/excerpt.h"
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
      .id = "RS006",
      .name = "invalid-resource-quantity",
      .level = Level::kError,
      .aliases = {},
      .kinds = {InputKind::kManifest},
      .summary = "A resource request or limit is not a valid Kubernetes quantity",
      .details = "Parses every value under resources.requests and resources.limits with the full "
                 "quantity syntax: a decimal number (optionally signed, with a fraction) followed "
                 "by a binary suffix (Ki, Mi, Gi, Ti, Pi, Ei), a decimal suffix (n, u, m, k, M, G, "
                 "T, P, E) or an exponent (e3, E-2). Fires on values that do not parse (`1Gb`, "
                 "`512mb`, `1 Gi`, `2GiB`) and on negative values.",
      .rationale = "kubectl apply fails on an invalid quantity (\"quantities must match the "
                   "regular expression ...\"), and with Helm the error appears only at install "
                   "time. A lowercase `m` on memory is valid but means milli-bytes, which is "
                   "almost never intended: RS007's minimum catches that.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
                     "      limits: {memory: 512MB}\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
                      "      limits: {memory: 512Mi}\n",
      .fix = "Write the quantity with a Kubernetes suffix: 512Mi or 512M for memory, 500m or 0.5 "
             "for cpu.",
      .example_path = "pod.yaml",
      .tags = {"correctness", "kubernetes"},
      .kubernetes = true,
  };
}

class InvalidQuantityRule : public RuleBase {
 public:
  InvalidQuantityRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      for (const yaml::Node* section : {&c.requests, &c.limits}) {
        for (size_t i = 0; i < section->size(); ++i) {
          const yaml::Node v = section->ValueAt(i);
          if (!v.HasValue()) continue;
          const auto q = yaml::ParseQuantity(v.scalar());
          if (q && *q >= 0) continue;
          const std::string what =
              v.IsScalar() ? "'" + Excerpt(v.scalar()) + "'" : std::string(v.TypeName());
          yaml::ReportAt(emit, *this, *pod.owner, v.span(),
                         std::string(section == &c.requests ? "request " : "limit ") +
                             std::string(section->KeyAt(i).scalar()) + " of " +
                             yaml::DescribeContainer(pod, c) + " is " + what +
                             (q ? ", a negative quantity" : ", not a valid Kubernetes quantity"));
        }
      }
    });
  }
};

}  // namespace

Status MakeRS006(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<InvalidQuantityRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
