// DF029 consecutive-run: Consecutive short RUNs that could be one layer
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
      .id = "DF029",
      .name = "consecutive-run",
      .level = Level::kNote,
      .aliases = {"hadolint:DL3059"},
      .kinds = {InputKind::kDockerfile},
      .summary = "Consecutive short RUNs that could be one layer",
      .details = "Off by default, as in hadolint. Fires on a RUN that directly follows another "
                 "RUN of the same stage (comments in between are fine) with the same flags, when "
                 "both are short (at most two commands each, no heredoc).",
      .rationale = "Each RUN makes a layer; merging short steps with `&&` keeps the image and its "
                   "history small, and keeps cleanup in the layer that made the mess.",
      .bad_example = "FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y "
                     "--no-install-recommends curl\n",
      .good_example = "FROM debian:12-slim\nRUN apt-get update && apt-get install -y "
                      "--no-install-recommends curl\n",
      .fix = "Join the commands with `&&` in one RUN.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
      .opt_in = true,
  };
}

class ConsecutiveRunRule : public RuleBase {
 public:
  ConsecutiveRunRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    const dockerfile::Instruction* prev = nullptr;
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("RUN")) {
        prev = nullptr;
        continue;
      }
      if (prev && prev->stage == ins.stage && Short(*prev) && Short(ins) && SameFlags(*prev, ins))
        emit.Report(*this, ins.span,
                    "RUN follows another short RUN (line " + std::to_string(prev->span.begin.line) +
                        "); join them with `&&` to save a layer");
      prev = &ins;
    }
  }

 private:
  static bool Short(const dockerfile::Instruction& ins) {
    return ins.heredocs.empty() && !ins.exec_form && !ins.IsPowerShell() &&
           ins.commands.size() <= 2;
  }
  static bool SameFlags(const dockerfile::Instruction& a, const dockerfile::Instruction& b) {
    if (a.flags.size() != b.flags.size()) return false;
    for (size_t i = 0; i < a.flags.size(); ++i)
      if (a.flags[i].name != b.flags[i].name || a.flags[i].value != b.flags[i].value) return false;
    return true;
  }
};

}  // namespace

Status MakeDF029(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ConsecutiveRunRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
