// DF034 sudo-in-run: RUN calls sudo
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "rules/df/run_commands.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF034",
      .name = "sudo-in-run",
      .level = Level::kError,
      .aliases = {"hadolint:DL3004"},
      .kinds = {InputKind::kDockerfile},
      .summary = "RUN calls sudo",
      .details = "Fires on a `sudo` command in a RUN under a POSIX shell.",
      .rationale = "Build steps run as the current USER already; sudo in an image means a sudo "
                   "binary and a sudoers entry in production, and behaves unpredictably without a "
                   "terminal.",
      .bad_example = "FROM ubuntu:24.04\nUSER app\nRUN sudo apt-get update\n",
      .good_example = "FROM ubuntu:24.04\nRUN apt-get update\nUSER app\n",
      .fix = "Do the privileged step before `USER <app user>`, or switch with `USER root` around "
             "it.",
      .example_path = "Dockerfile",
      .tags = {"security"},
  };
}

class SudoInRunRule : public RuleBase {
 public:
  SudoInRunRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ForEachRunCommand(
        doc, [&](const dockerfile::Instruction&, const dockerfile::ShellCommand& cmd) {
          if (cmd.words.empty() || cmd.words.front() != "sudo") return;
          emit.Report(*this, df::WordSpan(cmd, 0),
                      "sudo in RUN; run the step as root before switching USER instead");
        });
  }
};

}  // namespace

Status MakeDF034(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<SudoInRunRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
