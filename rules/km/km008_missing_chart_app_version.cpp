// KM008 missing-chart-app-version: Chart.yaml of an application chart has no appVersion.
#include <memory>
#include <optional>
#include <string>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/km/chart_check.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "KM008",
      .name = "missing-chart-app-version",
      .level = Level::kNote,
      .kinds = {InputKind::kChart},
      .summary = "Chart.yaml of an application chart has no appVersion",
      .details = "Fires when an application chart (type application or unset) has no "
                 "appVersion or an empty one. Library charts are exempt.",
      .rationale = "appVersion tells users which version of the application a chart "
                   "release deploys (`helm list` shows it), and the `helm create` templates "
                   "use it as the default image tag.",
      .bad_example = "apiVersion: v2\nname: web\nversion: 0.1.0\n",
      .good_example = "apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: \"1.4.2\"\n",
      .fix = "Add `appVersion: \"<application version>\"` (quoted, so 1.10 stays 1.10).",
      .example_path = "Chart.yaml",
      .tags = {"correctness", "helm"},
      .kubernetes = true,
  };
}

std::optional<ChartVerdict> AppVersionVerdict(const yaml::Chart& c) {
  if (c.type.scalar() == "library" || !c.app_version.scalar().empty()) return std::nullopt;
  return ChartVerdict{c.app_version, "Chart.yaml has no appVersion"};
}

}  // namespace

Status MakeKM008(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ChartRule>(Meta(), AppVersionVerdict);
  return Status::Ok();
}

}  // namespace k8slint::rules
