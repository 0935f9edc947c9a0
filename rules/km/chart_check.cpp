#include "rules/km/chart_check.h"

#include "linter/core/emitter.h"

namespace k8slint::rules {

void ChartRule::CheckYaml(const yaml::File& file, Emitter& emit) const {
  const yaml::Chart* chart = file.chart();
  if (!chart) return;
  std::optional<ChartVerdict> v = check_(*chart);
  if (!v) return;
  const Span at = v->at.valid() ? v->at.span() : Span::At(chart->root.position());
  emit.Report(*this, at, std::move(v->message));
}

}  // namespace k8slint::rules
