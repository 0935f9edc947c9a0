// DF021 cd-in-run: RUN changes directory with cd instead of WORKDIR
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
      .id = "DF021",
      .name = "cd-in-run",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3003"},
      .kinds = {InputKind::kDockerfile},
      .summary = "RUN changes directory with cd instead of WORKDIR",
      .details = "Fires on a `cd` command in a RUN under a POSIX shell (not inside a `( ... )` "
                 "subshell or `$( ... )`), as hadolint's DL3003 does.",
      .rationale = "A `cd` lasts only for the RUN it is in, so the next instruction runs "
                   "somewhere else; WORKDIR states the directory once, for every later "
                   "instruction, and creates it if needed.",
      .bad_example = "FROM golang:1.22\nCOPY . /src\nRUN cd /src && go build -o /out/app "
                     "./cmd/app\n",
      .good_example = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app "
                      "./cmd/app\n",
      .fix = "Set `WORKDIR <dir>` before the RUN and drop the `cd`.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class CdInRunRule : public RuleBase {
 public:
  CdInRunRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ForEachRunCommand(
        doc, [&](const dockerfile::Instruction&, const dockerfile::ShellCommand& cmd) {
          if (df::NameOf(cmd) != "cd") return;
          emit.Report(*this, df::WordSpan(cmd, df::NameIndex(cmd)),
                      "`cd` in RUN lasts only for this RUN; use WORKDIR to change directory");
        });
  }
};

}  // namespace

Status MakeDF021(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<CdInRunRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
