// DF042 redundant-target-platform: FROM --platform=$TARGETPLATFORM restates the default
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
      .id = "DF042",
      .name = "redundant-target-platform",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3065"},
      .kinds = {InputKind::kDockerfile},
      .summary = "FROM --platform=$TARGETPLATFORM restates the default",
      .details = "Fires on `FROM --platform=$TARGETPLATFORM` (or `${TARGETPLATFORM}`).",
      .rationale = "Every stage is built for the target platform unless told otherwise; the flag "
                   "adds noise and hides the stages that really change platform.",
      .bad_example = "FROM --platform=$TARGETPLATFORM python:3.12-slim\n",
      .good_example = "FROM python:3.12-slim\n",
      .fix = "Remove the flag.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class RedundantTargetPlatformRule : public RuleBase {
 public:
  RedundantTargetPlatformRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("FROM")) continue;
      const dockerfile::Flag* p = ins.FindFlag("platform");
      if (!p || (p->value != "$TARGETPLATFORM" && p->value != "${TARGETPLATFORM}")) continue;
      emit.Report(*this, p->span, "--platform=$TARGETPLATFORM is the default; remove it");
    }
  }
};

}  // namespace

Status MakeDF042(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RedundantTargetPlatformRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
