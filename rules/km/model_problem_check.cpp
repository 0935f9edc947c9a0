#include "rules/km/model_problem_check.h"

#include <string>

#include "linter/core/emitter.h"

namespace k8slint::rules {

void ModelProblemRule::CheckYaml(const yaml::File& file, Emitter& emit) const {
  for (const yaml::Problem& p : file.problems()) {
    if (p.kind != kind_) continue;
    std::string message = p.message;
    if (p.document && !p.document->source_template.empty())
      message += " (from template " + p.document->source_template + ")";
    emit.Report(*this, p.span, std::move(message));
  }
}

}  // namespace k8slint::rules
