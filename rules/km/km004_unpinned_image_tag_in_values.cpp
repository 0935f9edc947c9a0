// KM004 unpinned-image-tag-in-values: values.yaml sets image.tag to latest or leaves
// it empty.
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
      .id = "KM004",
      .name = "unpinned-image-tag-in-values",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {InputKind::kValues},
      .summary = "The chart's values.yaml sets image.tag to latest or leaves it empty",
      .details = "Fires on `image.tag` in a Helm values file when it is `latest` or empty (`\"\"`, "
                 "`~`, no value). With the `helm create` scaffold an empty tag falls back to "
                 "Chart.yaml's appVersion, which is only as pinned as appVersion is kept; the "
                 "message says so, and teams that bump appVersion on every release can disable "
                 "the rule.",
      .rationale = "A floating tag makes `helm upgrade` and rollbacks non-reproducible: the same "
                   "chart version can deploy different code on different days.",
      .bad_example = "image:\n  repository: ghcr.io/acme/web\n  pullPolicy: IfNotPresent\n"
                     "  tag: latest\n",
      .good_example = "image:\n  repository: ghcr.io/acme/web\n  pullPolicy: IfNotPresent\n"
                      "  tag: \"1.4.2\"\n",
      .fix = "Set image.tag to a released version (or a digest) and bump it with each release.",
      .example_path = "values.yaml",
      .tags = {"reliability", "helm"},
      .kubernetes = true,
  };
}

class UnpinnedValuesImageTagRule : public RuleBase {
 public:
  UnpinnedValuesImageTagRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    for (const yaml::Values& v : file.value_scopes()) {
      if (!v.image_tag.valid()) continue;
      const std::string_view tag = v.image_tag.scalar();
      if (v.image_tag.IsNull() || tag.empty()) {
        emit.Report(*this, v.image_tag.span(),
                    v.prefix + "image.tag is empty: the image follows Chart.yaml appVersion; pin "
                               "the tag here unless appVersion is bumped with every release");
      } else if (tag == "latest") {
        emit.Report(*this, v.image_tag.span(), v.prefix + "image.tag is latest; pin a version");
      }
    }
  }
};

}  // namespace

Status MakeKM004(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<UnpinnedValuesImageTagRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
