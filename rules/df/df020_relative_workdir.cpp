// DF020 relative-workdir: WORKDIR is a relative path
#include <memory>

#include "linter/core/excerpt.h"
#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "rules/df/paths.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF020",
      .name = "relative-workdir",
      .level = Level::kError,
      .aliases = {"hadolint:DL3000"},
      .kinds = {InputKind::kDockerfile},
      .summary = "WORKDIR is a relative path",
      .details = "Fires on a WORKDIR whose path, after ARG/ENV substitution and without quotes, "
                 "does not start with `/` (or a Windows drive such as `C:\\`). A path that still "
                 "holds an unresolved variable is left alone.",
      .rationale = "A relative WORKDIR is resolved against whatever the previous WORKDIR was, "
                   "often one set in the base image, so the build depends on an image you do not "
                   "control and the next reader cannot tell where files land.",
      .bad_example = "FROM python:3.12-slim\nWORKDIR app\nCOPY . .\n",
      .good_example = "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n",
      .fix = "Write the absolute path: `WORKDIR /app`.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class RelativeWorkdirRule : public RuleBase {
 public:
  RelativeWorkdirRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("WORKDIR") || ins.args.empty()) continue;
      const std::string path = df::Unquote(ins.expanded);
      if (df::IsAbsoluteOrVariable(path)) continue;
      emit.Report(*this, ins.args_span,
                  "WORKDIR '" + Excerpt(ins.args) +
                      "' is relative; write the absolute path, e.g. `WORKDIR /" + Excerpt(path) +
                      "`");
    }
  }
};

}  // namespace

Status MakeDF020(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RelativeWorkdirRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
