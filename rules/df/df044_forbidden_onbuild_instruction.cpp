// DF044 forbidden-onbuild-instruction: ONBUILD wraps ONBUILD, FROM or MAINTAINER
#include <memory>
#include <string>

#include "linter/core/ascii.h"
#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF044",
      .name = "forbidden-onbuild-instruction",
      .level = Level::kError,
      .aliases = {"hadolint:DL3043"},
      .kinds = {InputKind::kDockerfile},
      .summary = "ONBUILD wraps ONBUILD, FROM or MAINTAINER",
      .details = "Fires on an ONBUILD whose instruction is ONBUILD, FROM or MAINTAINER.",
      .rationale = "Docker does not allow these as ONBUILD triggers; the image that inherits them "
                   "fails to build.",
      .bad_example = "FROM node:20-slim\nONBUILD FROM node:20\n",
      .good_example = "FROM node:20-slim\nONBUILD COPY . /app\n",
      .fix = "Remove the trigger; put the instruction in the downstream Dockerfile.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class ForbiddenOnbuildInstructionRule : public RuleBase {
 public:
  ForbiddenOnbuildInstructionRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("ONBUILD")) continue;
      const std::string kw =
          AsciiUpper(std::string_view(ins.args).substr(0, ins.args.find_first_of(" \t")));
      if (kw == "ONBUILD" || kw == "FROM" || kw == "MAINTAINER")
        emit.Report(*this, ins.args_span, "ONBUILD " + kw + " is not allowed as a trigger");
    }
  }
};

}  // namespace

Status MakeDF044(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ForbiddenOnbuildInstructionRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
