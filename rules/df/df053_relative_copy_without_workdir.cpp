// DF053 relative-copy-without-workdir: COPY to a relative destination before any WORKDIR
#include <memory>
#include <string>
#include <vector>

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
      .id = "DF053",
      .name = "relative-copy-without-workdir",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3045"},
      .kinds = {InputKind::kDockerfile},
      .summary = "COPY to a relative destination before any WORKDIR",
      .details = "Fires on a COPY whose destination is relative (not `/...`, a Windows drive or a "
                 "variable) when no WORKDIR came before it in the stage or in the stages it is "
                 "built on.",
      .rationale = "A relative destination is resolved against the base image's working folder, "
                   "which you do not control: the files land in `/` for most images and somewhere "
                   "else after a base upgrade.",
      .bad_example = "FROM node:20-slim\nCOPY package.json .\n",
      .good_example = "FROM node:20-slim\nWORKDIR /app\nCOPY package.json .\n",
      .fix = "Set `WORKDIR /app` first, or copy to an absolute path.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class RelativeCopyWithoutWorkdirRule : public RuleBase {
 public:
  RelativeCopyWithoutWorkdirRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Stage& stage : doc.stages) {
      bool workdir = false;
      for (const dockerfile::Stage* s = &stage; s && !workdir;
           s = s->base_stage >= 0 ? &doc.stages[static_cast<size_t>(s->base_stage)] : nullptr) {
        auto [b, e] = doc.StageInstructions(*s);
        for (const dockerfile::Instruction* i = b; i != e && s != &stage; ++i)
          workdir = workdir || i->Is("WORKDIR");
      }
      auto [begin, end] = doc.StageInstructions(stage);
      for (const dockerfile::Instruction* i = begin; i != end && !workdir; ++i) {
        if (i->Is("WORKDIR")) workdir = true;
        if (!i->Is("COPY")) continue;
        const std::vector<std::string> words = df::CopyWords(*i, doc.escape);
        if (words.size() < 2 || df::IsAbsoluteOrVariable(df::Unquote(words.back()))) continue;
        emit.Report(*this, i->args_span,
                    "COPY to '" + words.back() +
                        "' before any WORKDIR lands wherever the base image "
                        "left off; set WORKDIR first or copy to an absolute path");
      }
    }
  }
};

}  // namespace

Status MakeDF053(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RelativeCopyWithoutWorkdirRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
