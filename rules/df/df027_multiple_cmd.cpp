// DF027 multiple-cmd: A stage has more than one CMD
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
      .id = "DF027",
      .name = "multiple-cmd",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL4003"},
      .kinds = {InputKind::kDockerfile},
      .summary = "A stage has more than one CMD",
      .details = "Fires on every CMD of a stage after its first; only the last one takes effect.",
      .rationale = "Docker keeps only the last CMD of a stage, so the earlier ones are dead text "
                   "that misleads the reader about what the container runs.",
      .bad_example = "FROM node:20-slim\nCMD [\"node\", \"server.js\"]\nCMD [\"node\", "
                     "\"worker.js\"]\n",
      .good_example = "FROM node:20-slim\nCMD [\"node\", \"server.js\"]\n",
      .fix = "Keep one CMD per stage; run other processes from separate images or containers.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class MultipleCmdRule : public RuleBase {
 public:
  MultipleCmdRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Stage& stage : doc.stages) {
      auto [begin, end] = doc.StageInstructions(stage);
      const dockerfile::Instruction* first = nullptr;
      for (const dockerfile::Instruction* i = begin; i != end; ++i) {
        if (!i->Is("CMD")) continue;
        if (!first) {
          first = i;
          continue;
        }
        emit.Report(
            *this, i->span,
            "second CMD in the stage; only the last one takes effect (the first is at line " +
                std::to_string(first->span.begin.line) + ")");
      }
    }
  }
};

}  // namespace

Status MakeDF027(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MultipleCmdRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
