// DF025 maintainer-instruction: MAINTAINER is deprecated
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
      .id = "DF025",
      .name = "maintainer-instruction",
      .level = Level::kError,
      .aliases = {"hadolint:DL4000"},
      .kinds = {InputKind::kDockerfile},
      .summary = "MAINTAINER is deprecated",
      .details = "Fires on every MAINTAINER instruction.",
      .rationale = "MAINTAINER has been deprecated since Docker 1.13; its value is not visible to "
                   "tools that read the image's labels.",
      .bad_example = "FROM python:3.12-slim\nMAINTAINER Jane Doe <jane@example.com>\n",
      .good_example = "FROM python:3.12-slim\nLABEL "
                      "org.opencontainers.image.authors=\"jane@example.com\"\n",
      .fix = "Replace it with `LABEL org.opencontainers.image.authors=\"...\"`.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class MaintainerInstructionRule : public RuleBase {
 public:
  MaintainerInstructionRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions)
      if (ins.Is("MAINTAINER"))
        emit.Report(*this, ins.span,
                    "MAINTAINER is deprecated; use `LABEL org.opencontainers.image.authors=...`");
  }
};

}  // namespace

Status MakeDF025(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MaintainerInstructionRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
