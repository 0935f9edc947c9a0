// DF028 multiple-entrypoint: A stage has more than one ENTRYPOINT
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
      .id = "DF028",
      .name = "multiple-entrypoint",
      .level = Level::kError,
      .aliases = {"hadolint:DL4004"},
      .kinds = {InputKind::kDockerfile},
      .summary = "A stage has more than one ENTRYPOINT",
      .details = "Fires on every ENTRYPOINT of a stage after its first; only the last one takes "
                 "effect.",
      .rationale = "Docker keeps only the last ENTRYPOINT of a stage, so the earlier ones are "
                   "dead text that misleads the reader about what the container runs.",
      .bad_example = "FROM node:20-slim\nENTRYPOINT [\"node\", \"server.js\"]\nENTRYPOINT "
                     "[\"node\", \"worker.js\"]\n",
      .good_example = "FROM node:20-slim\nENTRYPOINT [\"node\", \"server.js\"]\n",
      .fix = "Keep one ENTRYPOINT per stage; run other processes from separate images or "
             "containers.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class MultipleEntrypointRule : public RuleBase {
 public:
  MultipleEntrypointRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Stage& stage : doc.stages) {
      auto [begin, end] = doc.StageInstructions(stage);
      const dockerfile::Instruction* first = nullptr;
      for (const dockerfile::Instruction* i = begin; i != end; ++i) {
        if (!i->Is("ENTRYPOINT")) continue;
        if (!first) {
          first = i;
          continue;
        }
        emit.Report(*this, i->span,
                    "second ENTRYPOINT in the stage; only the last one takes effect (the first is "
                    "at line " +
                        std::to_string(first->span.begin.line) + ")");
      }
    }
  }
};

}  // namespace

Status MakeDF028(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MultipleEntrypointRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
