// KM006 invalid-chart-name: Chart.yaml name is missing or has characters Helm rejects.
#include <cctype>
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
      .id = "KM006",
      .name = "invalid-chart-name",
      .level = Level::kError,
      .kinds = {InputKind::kChart},
      .summary = "Chart.yaml name is missing or has characters Helm rejects",
      .details = "Fires when Chart.yaml has no name or an empty one (helm lint: \"name is "
                 "required\"), or a name with characters other than letters, digits, '-', "
                 "'_' and '.'.",
      .rationale = "helm package and helm install refuse a chart without a valid name.",
      .bad_example = "apiVersion: v2\nversion: 0.1.0\nappVersion: \"1.4.2\"\n",
      .good_example = "apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: \"1.4.2\"\n",
      .fix = "Set `name:` to the chart's folder name (lowercase letters, digits and dashes).",
      .example_path = "Chart.yaml",
      .tags = {"correctness", "helm"},
      .kubernetes = true,
  };
}

std::optional<ChartVerdict> NameVerdict(const yaml::Chart& c) {
  const std::string_view name = c.name.scalar();
  if (name.empty()) return ChartVerdict{c.name, "Chart.yaml has no name"};
  for (char ch : name)
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_' || ch == '.'))
      return ChartVerdict{c.name, "chart name '" + std::string(name) + "' has invalid characters"};
  return std::nullopt;
}

}  // namespace

Status MakeKM006(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ChartRule>(Meta(), NameVerdict);
  return Status::Ok();
}

}  // namespace k8slint::rules
