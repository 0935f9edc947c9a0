// KM030 rendered-tag-mismatch: a rendered manifest (helm template output) runs another
// tag of an image than its chart's values.yaml sets.
#include <cstdint>
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/project/project_rule.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "KM030",
      .name = "rendered-tag-mismatch",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {},
      .summary = "A rendered manifest uses another image tag than its chart's values.yaml",
      .details = "For each container of a rendered manifest (a document with helm template's "
                 "`# Source: <chart>/templates/...` comment) whose image repository is the "
                 "image.repository of a values scope of that chart: the tag must equal "
                 "image.tag, or Chart.yaml's appVersion when image.tag is empty (the `helm "
                 "create` default). Digests are compared as written. Untagged and `latest` images "
                 "are KM003's and KM004's case.",
      .rationale = "A committed `helm template` output that disagrees with values.yaml means one "
                   "of them is stale: reviewers read one version and the cluster runs the other, "
                   "and GitOps tools that apply the rendered file deploy the old image.",
      .bad_example =
          "# charts/web/values.yaml\nimage:\n  repository: ghcr.io/acme/web\n  tag: \"1.5.0\"\n"
          "# deploy/rendered.yaml\n# Source: web/templates/deployment.yaml\n"
          "        image: ghcr.io/acme/web:1.4.2\n",
      .good_example =
          "# charts/web/values.yaml\nimage:\n  repository: ghcr.io/acme/web\n  tag: \"1.5.0\"\n"
          "# deploy/rendered.yaml\n# Source: web/templates/deployment.yaml\n"
          "        image: ghcr.io/acme/web:1.5.0\n",
      .fix = "Render the chart again (`helm template ... > deploy/rendered.yaml`) after changing "
             "values, or fix the tag in values.yaml.",
      .example_path = "",
      .tags = {"reliability", "helm", "cross-file"},
      .kubernetes = true,
  };
}

class RenderedTagMismatchRule : public project::ProjectRule {
 public:
  RenderedTagMismatchRule() : ProjectRule(Meta()) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    p.ForEachContainer([&](const project::FileFacts&, const project::Workload& w,
                           const project::ContainerFact& c) {
      const project::ValuesScope* v = p.ValuesOf(c);
      if (!v || w.source_template.empty()) return;
      const std::string tag = c.image_ref().tag;
      if (tag.empty() || tag == "latest") return;
      const project::ChartFact* chart = p.ChartOfValues(static_cast<uint32_t>(c.values_file));
      if (!chart || chart->name != w.chart()) return;
      std::string expected = v->tag;
      project::Side side{v->tag_at, "image.tag: " + v->tag};
      if (!v->tag_set) {
        if (chart->app_version.empty()) return;
        expected = chart->app_version;
        side = {chart->app_version_at,
                "appVersion: " + chart->app_version + " (image.tag is empty)"};
      }
      if (expected == tag || expected == "latest") return;
      project::ReportPair(p, emit, *this, c.image_at,
                          "image " + c.image + " of " + project::Describe(w, c) + " is tagged '" +
                              tag + "' but chart " + chart->name + " sets '" + expected + "'",
                          side, w.Describe() + "/" + c.name + " " + tag + " vs " + expected);
    });
  }
};

}  // namespace

Status MakeKM030(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RenderedTagMismatchRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
