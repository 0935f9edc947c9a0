// KM050 app-version-tag-mismatch: a chart's values.yaml deploys another image tag than
// the appVersion its Chart.yaml declares.
#include <memory>
#include <string>
#include <string_view>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/project/project_rule.h"
#include "rules/km/image_tag_kind.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "KM050",
      .name = "app-version-tag-mismatch",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {},
      .summary = "A chart's values.yaml deploys another image tag than its appVersion",
      .details =
          "For a chart whose Chart.yaml sets appVersion and whose `values.yaml` (the chart's "
          "defaults, beside Chart.yaml) sets a top-level image.tag: the tag must name the same "
          "release. A leading `v` is ignored on both sides (`v1.4.2` agrees with `1.4.2`), and "
          "a variant of the release agrees too (`1.4.2-alpine`, `1.4.2_debian`). Not judged, "
          "because they cannot be compared with a release number: template expressions on "
          "either side, digests (`sha256:...`), CI commit tags (`sha-abc1234`, a bare hex id), "
          "`latest` and names without a digit (KM004's and KM051's cases). An empty image.tag "
          "follows appVersion in the `helm create` scaffold (KM004 judges it); per-component "
          "scopes (`frontend.image`) and environment files (`values-prod.yaml`) are not "
          "compared, since they may deploy other images or other releases on purpose. KM030 "
          "compares a rendered manifest with values.yaml; this rule compares values.yaml with "
          "Chart.yaml.",
      .rationale = "appVersion is what `helm list`, `helm history` and dashboards show as the "
                   "running release. When values.yaml deploys another tag, operators read one "
                   "version and the cluster runs another, and a rollback by chart version "
                   "lands on code nobody expected.",
      .bad_example = "# charts/web/Chart.yaml\napiVersion: v2\nname: web\nversion: 0.3.0\n"
                     "appVersion: \"1.5.0\"\n# charts/web/values.yaml\nimage:\n"
                     "  repository: ghcr.io/acme/web\n  tag: \"1.4.2\"\n",
      .good_example = "# charts/web/Chart.yaml\napiVersion: v2\nname: web\nversion: 0.3.0\n"
                      "appVersion: \"1.5.0\"\n# charts/web/values.yaml\nimage:\n"
                      "  repository: ghcr.io/acme/web\n  tag: \"1.5.0\"\n",
      .fix = "Bump appVersion together with image.tag (or leave image.tag empty so the "
             "templates default it to `.Chart.AppVersion`).",
      .example_path = "",
      .tags = {"reliability", "helm", "cross-file"},
      .kubernetes = true,
  };
}

std::string_view WithoutV(std::string_view s) {
  return s.size() > 1 && (s[0] == 'v' || s[0] == 'V') && s[1] >= '0' && s[1] <= '9' ? s.substr(1)
                                                                                    : s;
}

bool Comparable(std::string_view s) {
  return !s.empty() && s.find("{{") == std::string_view::npos &&
         s.find("${") == std::string_view::npos && s != "latest" && !IsDigestTag(s) &&
         !IsCommitTag(s) && !IsMovingTag(s);
}

// `1.4.2-alpine` is release 1.4.2 built on another base: it agrees with appVersion 1.4.2.
bool Agree(std::string_view tag, std::string_view app_version) {
  tag = WithoutV(tag);
  app_version = WithoutV(app_version);
  if (tag == app_version) return true;
  return tag.size() > app_version.size() && tag.substr(0, app_version.size()) == app_version &&
         (tag[app_version.size()] == '-' || tag[app_version.size()] == '_');
}

std::string_view BaseName(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

class AppVersionTagMismatchRule : public project::ProjectRule {
 public:
  AppVersionTagMismatchRule() : ProjectRule(Meta()) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    for (const project::FileFacts& f : p.files()) {
      if (f.kind != InputKind::kValues || BaseName(f.path) != "values.yaml") continue;
      const project::ChartFact* chart = p.ChartOfValues(f.index);
      if (!chart || !Comparable(chart->app_version)) continue;
      for (const project::ValuesScope& v : f.values) {
        if (!v.component.empty() || !v.tag_set || !Comparable(v.tag)) continue;
        if (Agree(v.tag, chart->app_version)) continue;
        project::ReportPair(p, emit, *this, v.tag_at,
                            "image.tag '" + v.tag + "' is not chart " + chart->name +
                                "'s appVersion '" + chart->app_version + "'; bump them together",
                            {chart->app_version_at, "appVersion: " + chart->app_version},
                            v.tag + " vs " + chart->app_version);
      }
    }
  }
};

}  // namespace

Status MakeKM050(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<AppVersionTagMismatchRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
