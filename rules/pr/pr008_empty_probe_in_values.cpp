// PR008 empty-probe-in-values: values.yaml declares livenessProbe/readinessProbe
// empty, so the chart's containers get no probe.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/model.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PR008",
      .name = "empty-probe-in-values",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {InputKind::kValues},
      .summary = "The chart's values.yaml leaves livenessProbe or readinessProbe empty",
      .details = "Fires on a top-level `livenessProbe` or `readinessProbe` key of a Helm values "
                 "file that is empty (`{}`, `~` or no value). The `helm create` scaffold renders "
                 "these keys into the Deployment with toYaml, so an empty value means no probe. "
                 "A values file without the keys is not reported: the chart may define its "
                 "probes in its templates.",
      .rationale = "Without probes Kubernetes routes traffic to pods that are not ready and "
                   "never restarts pods that hang.",
      .bad_example = "image:\n  repository: ghcr.io/acme/web\n  tag: \"1.4.2\"\n"
                     "livenessProbe: {}\nreadinessProbe: {}\n",
      .good_example = "image:\n  repository: ghcr.io/acme/web\n  tag: \"1.4.2\"\n"
                      "livenessProbe:\n  httpGet: {path: /healthz, port: http}\n"
                      "readinessProbe:\n  httpGet: {path: /ready, port: http}\n",
      .fix = "Give both keys a probe (httpGet path and the named container port), as the "
             "`helm create` scaffold does.",
      .example_path = "values.yaml",
      .tags = {"reliability", "helm"},
      .kubernetes = true,
  };
}

class EmptyProbeInValuesRule : public RuleBase {
 public:
  EmptyProbeInValuesRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    for (const yaml::Values& v : file.value_scopes()) {
      for (const auto& [node, key] : {std::pair{v.liveness_probe, "livenessProbe"},
                                      std::pair{v.readiness_probe, "readinessProbe"}}) {
        if (!node.IsEmpty()) continue;
        emit.Report(*this, Span::At(node.position()),
                    v.prefix + key + " is empty in values: the chart's pods get no " + key);
      }
    }
  }
};

}  // namespace

Status MakePR008(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<EmptyProbeInValuesRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
