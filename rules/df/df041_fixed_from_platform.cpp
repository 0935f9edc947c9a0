// DF041 fixed-from-platform: FROM pins --platform to a fixed value
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
      .id = "DF041",
      .name = "fixed-from-platform",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3029"},
      .kinds = {InputKind::kDockerfile},
      .summary = "FROM pins --platform to a fixed value",
      .details = "Fires on `FROM --platform=<value>` when the value holds no variable; "
                 "`--platform=$BUILDPLATFORM` and other variables are the cross-build idiom and "
                 "are fine.",
      .rationale = "A fixed platform builds an image for that architecture whatever the builder "
                   "is asked for, so a multi-platform build silently ships emulated or "
                   "wrong-architecture binaries.",
      .bad_example = "FROM --platform=linux/amd64 python:3.12-slim\n",
      .good_example = "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM "
                      "gcr.io/distroless/static-debian12\n",
      .fix = "Drop the flag and pass `--platform` to `docker build`, or use `$BUILDPLATFORM` for "
             "build stages.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class FixedFromPlatformRule : public RuleBase {
 public:
  FixedFromPlatformRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("FROM")) continue;
      const dockerfile::Flag* p = ins.FindFlag("platform");
      if (!p || p->value.empty() || p->value.find('$') != std::string::npos) continue;
      emit.Report(*this, p->span,
                  "FROM --platform=" + p->value +
                      " fixes the platform; let `docker build --platform` choose");
    }
  }
};

}  // namespace

Status MakeDF041(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<FixedFromPlatformRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
