// DF040 multiple-healthcheck: A stage has more than one HEALTHCHECK
#include <memory>
#include <string>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF040",
      .name = "multiple-healthcheck",
      .level = Level::kError,
      .aliases = {"hadolint:DL3012"},
      .kinds = {InputKind::kDockerfile},
      .summary = "A stage has more than one HEALTHCHECK",
      .details = "Fires on every HEALTHCHECK of a stage after its first.",
      .rationale = "Only the last HEALTHCHECK takes effect; the others mislead whoever reads the "
                   "file.",
      .bad_example = "FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit "
                     "1\nHEALTHCHECK CMD wget -q -O- http://localhost/ || exit 1\n",
      .good_example = "FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n",
      .fix = "Keep one HEALTHCHECK per stage.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class MultipleHealthcheckRule : public RuleBase {
 public:
  MultipleHealthcheckRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Stage& stage : doc.stages) {
      auto [begin, end] = doc.StageInstructions(stage);
      const dockerfile::Instruction* first = nullptr;
      for (const dockerfile::Instruction* i = begin; i != end; ++i) {
        if (!i->Is("HEALTHCHECK")) continue;
        if (first)
          emit.Report(*this, i->span,
                      "second HEALTHCHECK in the stage (the first is at line " +
                          std::to_string(first->span.begin.line) + "); only the last one counts");
        else first = i;
      }
    }
  }
};

}  // namespace

Status MakeDF040(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MultipleHealthcheckRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
