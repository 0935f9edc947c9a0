// DF075 instruction-before-from: an instruction other than ARG comes before the first FROM.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF075",
      .name = "instruction-before-from",
      .level = Level::kError,
      .aliases = {"hadolint:DL3061"},
      .kinds = {InputKind::kDockerfile},
      .summary = "An instruction other than ARG comes before the first FROM",
      .details = "Fires on each instruction before the first FROM except ARG. Comments and "
                 "parser directives (`# syntax=`, `# escape=`) are not instructions. A file "
                 "with no FROM at all is a parse error (K8L001) instead.",
      .rationale = "Docker rejects the file: until a FROM starts a stage there is no image for "
                   "a RUN, ENV or COPY to change. Only ARG may come first, to parameterise the "
                   "FROM lines.",
      .bad_example = "ENV APP_HOME=/app\nFROM python:3.12-slim\nWORKDIR $APP_HOME\n",
      .good_example = "ARG PYTHON=3.12\nFROM python:${PYTHON}-slim\nENV APP_HOME=/app\n"
                      "WORKDIR $APP_HOME\n",
      .fix = "Move the instruction below the FROM of the stage it belongs to; keep only ARG "
             "above the first FROM.",
      .example_path = "Dockerfile",
      .tags = {"correctness"},
  };
}

class InstructionBeforeFromRule : public RuleBase {
 public:
  InstructionBeforeFromRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    // Without any FROM the whole file is not a Dockerfile Docker can build: K8L001 says so.
    if (doc.stages.empty()) return;
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (ins.stage >= 0) break;
      if (ins.Is("ARG")) continue;
      emit.Report(*this, ins.span,
                  ins.keyword + " before the first FROM: only ARG may come before FROM");
    }
  }
};

}  // namespace

Status MakeDF075(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<InstructionBeforeFromRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
