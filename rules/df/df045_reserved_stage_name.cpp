// DF045 reserved-stage-name: A stage is named scratch or context
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
      .id = "DF045",
      .name = "reserved-stage-name",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3063"},
      .kinds = {InputKind::kDockerfile},
      .summary = "A stage is named scratch or context",
      .details = "Fires on `FROM ... AS scratch` or `AS context` (any case).",
      .rationale = "`scratch` is Docker's empty image and `context` the build context in "
                   "`--from`; a stage with either name is shadowed or ambiguous.",
      .bad_example = "FROM golang:1.22 AS scratch\nRUN go build ./...\n",
      .good_example = "FROM golang:1.22 AS build\nRUN go build ./...\n",
      .fix = "Rename the stage (`AS build`).",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class ReservedStageNameRule : public RuleBase {
 public:
  ReservedStageNameRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Stage& s : doc.stages)
      if (s.alias == "scratch" || s.alias == "context")
        emit.Report(*this, doc.instructions[s.from].args_span,
                    "stage name '" + s.alias + "' is reserved; choose another");
  }
};

}  // namespace

Status MakeDF045(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ReservedStageNameRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
