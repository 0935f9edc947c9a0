// DF047 shell-replaced-in-run: RUN replaces /bin/sh with a link instead of using SHELL
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
      .id = "DF047",
      .name = "shell-replaced-in-run",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL4005"},
      .kinds = {InputKind::kDockerfile},
      .summary = "RUN replaces /bin/sh with a link instead of using SHELL",
      .details = "Fires on an `ln` command in a RUN whose last argument is `/bin/sh`.",
      .rationale = "Relinking /bin/sh changes the shell of every later RUN and of everything in "
                   "the image that calls sh, invisibly; SHELL changes the build's shell only, and "
                   "says so.",
      .bad_example = "FROM debian:12-slim\nRUN ln -sf /bin/bash /bin/sh\n",
      .good_example = "FROM debian:12-slim\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n",
      .fix = "Use `SHELL [\"/bin/bash\", \"-c\"]`.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class ShellReplacedInRunRule : public RuleBase {
 public:
  ShellReplacedInRunRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ForEachRunCommand(
        doc, [&](const dockerfile::Instruction&, const dockerfile::ShellCommand& cmd) {
          if (df::NameOf(cmd) != "ln" || cmd.words.back() != "/bin/sh") return;
          emit.Report(*this, df::WordSpan(cmd, df::NameIndex(cmd)),
                      "relinking /bin/sh changes the shell for the whole image; use SHELL instead");
        });
  }
};

}  // namespace

Status MakeDF047(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ShellReplacedInRunRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
