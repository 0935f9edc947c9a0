// NR004 user-only-in-builder-stage: USER is set in an earlier stage, which does not
// carry over to the final image.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "linter/models/dockerfile/queries.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR004",
      .name = "user-only-in-builder-stage",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {InputKind::kDockerfile},
      .summary = "USER is set only in a build stage, so the final image still runs as root",
      .details = "Fires on the FROM of the final stage when it sets no USER (and is not built "
                 "FROM a stage that does) while some earlier stage sets one. Each FROM starts "
                 "from its base image's user; a USER in a builder stage affects only that "
                 "stage. Known non-root base images are exempt, as in NR001.",
      .rationale = "Writing USER in the first stage of a multi-stage build looks like the job is "
                   "done, but the image that ships is the last stage, which runs as root.",
      .bad_example = "FROM golang:1.22 AS build\nUSER 10001\nRUN go build -o /out/app .\n"
                     "FROM debian:12-slim\nCOPY --from=build /out/app /app\nCMD [\"/app\"]\n",
      .good_example = "FROM golang:1.22 AS build\nRUN go build -o /out/app .\n"
                      "FROM debian:12-slim\nCOPY --from=build /out/app /app\nUSER 10001\n"
                      "CMD [\"/app\"]\n",
      .fix = "Move (or repeat) `USER <uid>` into the final stage, after its last step that needs "
             "root.",
      .example_path = "Dockerfile",
      .tags = {"security"},
      .security_severity = "6.0",
      .kubernetes = true,
  };
}

class UserOnlyInBuilderRule : public RuleBase {
 public:
  UserOnlyInBuilderRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    const dockerfile::Stage* final_stage = doc.final_stage();
    if (!final_stage || dockerfile::EffectiveUser(doc, *final_stage)) return;
    if (dockerfile::IsKnownNonRootImage(final_stage->base)) return;
    const dockerfile::Instruction* builder_user = nullptr;
    for (const dockerfile::Instruction& ins : doc.instructions)
      // A USER before any FROM (a parse error already reported) belongs to no stage.
      if (ins.Is("USER") && ins.stage >= 0 && !builder_user) builder_user = &ins;
    if (!builder_user) return;
    const dockerfile::Stage& where = doc.stages[static_cast<size_t>(builder_user->stage)];
    EmitExtras extras;
    extras.related.push_back({doc.source().path(), builder_user->span,
                              "USER set here, in stage " + where.DisplayName()});
    emit.Report(*this, doc.instructions[final_stage->from].span,
                "USER is only set in build stage '" + where.DisplayName() + "' (line " +
                    std::to_string(builder_user->span.begin.line) +
                    "); the final stage still runs as root: add `USER " +
                    (dockerfile::IsNumericUser(builder_user->expanded)
                         ? std::string(dockerfile::UserName(builder_user->expanded))
                         : "10001") +
                    "` to it",
                std::move(extras));
  }
};

}  // namespace

Status MakeNR004(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<UserOnlyInBuilderRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
