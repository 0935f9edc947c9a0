// RS008 empty-resources-in-values: values.yaml sets `resources: {}` (the helm create
// default), so the chart's containers get no requests or limits.
#include <array>
#include <memory>
#include <string_view>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/model.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "RS008",
      .name = "empty-resources-in-values",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {InputKind::kValues},
      .summary =
          "The chart's values.yaml leaves resources empty, so its pods get no requests or limits",
      .details = "Fires on a top-level `resources: {}` (or an empty `resources:`) in a Helm values "
                 "file, and on the same key of a component (`frontend.resources`): the `helm "
                 "create` scaffold renders it into every container with toYaml. Not when a "
                 "documented preset key beside it supplies the resources instead: Bitnami's "
                 "`resourcesPreset` (`nano` to `2xlarge`; its charts render the preset when "
                 "`resources` is empty). `resourcesPreset: none` (or empty) supplies nothing, so "
                 "the empty block still fires.",
      .rationale = "Pods without requests are scheduled blindly and evicted first; pods without "
                   "a memory limit can take the whole node down with a leak. The scaffold leaves "
                   "resources empty only as a reminder.",
      .bad_example = "image:\n  repository: ghcr.io/acme/web\n  tag: \"1.4.2\"\nresources: {}\n",
      .good_example = "image:\n  repository: ghcr.io/acme/web\n  tag: \"1.4.2\"\nresources:\n"
                      "  requests: {cpu: 100m, memory: 128Mi}\n  limits: {memory: 256Mi}\n",
      .fix = "Set resources.requests (cpu, memory) and resources.limits (memory) in values.yaml.",
      .example_path = "values.yaml",
      .tags = {"reliability", "helm"},
      .kubernetes = true,
  };
}

// Keys that charts document as filling an empty `resources` with sized defaults.
constexpr std::array<std::string_view, 1> kPresetKeys = {"resourcesPreset"};

bool PresetSuppliesResources(const yaml::Values& v) {
  for (std::string_view key : kPresetKeys) {
    const yaml::Node preset = v.root.Get(key);
    if (preset.IsScalar() && !preset.scalar().empty() && preset.scalar() != "none") return true;
  }
  return false;
}

class EmptyResourcesInValuesRule : public RuleBase {
 public:
  EmptyResourcesInValuesRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    for (const yaml::Values& v : file.value_scopes()) {
      if (!v.resources.IsEmpty() || PresetSuppliesResources(v)) continue;
      emit.Report(*this, Span::At(v.resources.position()),
                  v.prefix + "resources is empty in values: the chart's containers get no "
                             "cpu/memory requests or limits");
    }
  }
};

}  // namespace

Status MakeRS008(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<EmptyResourcesInValuesRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
