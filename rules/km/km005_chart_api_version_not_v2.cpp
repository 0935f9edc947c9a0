// KM005 chart-api-version-not-v2: Chart.yaml apiVersion is missing or not v2.
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
      .id = "KM005",
      .name = "chart-api-version-not-v2",
      .level = Level::kError,
      .kinds = {InputKind::kChart},
      .summary = "Chart.yaml apiVersion is missing or not v2",
      .details = "Fires when Chart.yaml has no apiVersion (helm lint: \"apiVersion is "
                 "required\") or one other than v2, the only version Helm 3 charts use.",
      .rationale = "apiVersion v1 charts are Helm 2 charts: Helm 3 reads them in a "
                   "compatibility mode where dependencies live in requirements.yaml and "
                   "`type` is ignored.",
      .bad_example = "apiVersion: v1\nname: web\nversion: 0.1.0\nappVersion: \"1.4.2\"\n",
      .good_example = "apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: \"1.4.2\"\n",
      .fix = "Set `apiVersion: v2` (and move requirements.yaml dependencies into Chart.yaml).",
      .example_path = "Chart.yaml",
      .tags = {"correctness", "helm"},
      .kubernetes = true,
  };
}

std::optional<ChartVerdict> ApiVersionVerdict(const yaml::Chart& c) {
  if (!c.api_version.HasValue()) return ChartVerdict{{}, "Chart.yaml has no apiVersion; use v2"};
  if (c.api_version.scalar() == "v2") return std::nullopt;
  return ChartVerdict{c.api_version, "Chart.yaml apiVersion is '" +
                                         std::string(c.api_version.scalar()) + "', not v2"};
}

}  // namespace

Status MakeKM005(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ChartRule>(Meta(), ApiVersionVerdict);
  return Status::Ok();
}

}  // namespace k8slint::rules
