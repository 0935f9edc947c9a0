// KM004 unpinned-image-tag-in-values: values.yaml sets image.tag to latest or leaves
// it empty.
#include <cstdint>
#include <memory>
#include <string>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/model.h"
#include "linter/project/project_rule.h"
#include "rules/km/image_tag_kind.h"

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
      .details =
          "Fires on `image.tag` in a Helm values file when it is `latest` or empty (`\"\"`, "
          "`~`, no value). An empty tag is not reported when the chart's templates default "
          "it to the chart's appVersion (the `helm create` pattern `{{ .Values.image.tag | "
          "default .Chart.AppVersion }}`, for the same values scope) and Chart.yaml sets "
          "a non-empty appVersion: the image is then pinned by the chart's own version. "
          "When the templates are not among the inputs (a pre-commit run on values.yaml "
          "alone) or render the tag some other way, the empty tag fires, with a message "
          "saying it may follow appVersion. With KM003's `allow-latest: true` (local Minikube "
          "work) `latest` is accepted here too; an empty tag is still judged.",
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

// `latest` is judged from the values file alone; an empty tag needs the chart's
// templates and Chart.yaml, so it is judged in the project phase.
class UnpinnedValuesImageTagRule : public project::ProjectRule {
 public:
  explicit UnpinnedValuesImageTagRule(bool allow_latest)
      : ProjectRule(Meta()), allow_latest_(allow_latest) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    if (allow_latest_) return;
    for (const yaml::Values& v : file.value_scopes())
      if (v.image_tag.IsScalar() && v.image_tag.scalar() == "latest")
        emit.Report(*this, v.image_tag.span(), v.prefix + "image.tag is latest; pin a version");
  }

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    for (const project::FileFacts& f : p.files()) {
      if (f.kind != InputKind::kValues) continue;
      for (const project::ValuesScope& v : f.values) {
        if (!v.empty_tag_at || p.TagFollowsAppVersion(f.index, v)) continue;
        const std::string prefix = v.component.empty() ? "" : v.component + ".";
        project::ReportOne(p, emit, *this, *v.empty_tag_at, prefix + Why(p, f.index),
                           prefix + "image.tag empty");
      }
    }
  }

 private:
  bool allow_latest_;

  static std::string Why(const project::Project& p, uint32_t file) {
    const project::ChartFact* chart = p.ChartOfValues(file);
    const project::ChartTemplateFacts* t = p.TemplatesOfValues(file);
    if (!t)
      return "image.tag is empty: the image follows Chart.yaml appVersion; pin the tag here "
             "unless appVersion is bumped with every release";
    if (chart && chart->app_version.empty())
      return "image.tag is empty and Chart.yaml sets no appVersion to default it to; pin a "
             "version";
    return "image.tag is empty and the chart's templates do not default it to "
           ".Chart.AppVersion; pin a version";
  }
};

}  // namespace

Status MakeKM004(const Config& config, std::unique_ptr<Rule>* out) {
  bool allow_latest = false;
  if (Status s = ReadAllowLatest(config, &allow_latest); !s.ok()) return s;
  *out = std::make_unique<UnpinnedValuesImageTagRule>(allow_latest);
  return Status::Ok();
}

}  // namespace k8slint::rules
