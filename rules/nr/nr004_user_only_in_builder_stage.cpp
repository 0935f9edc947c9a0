// NR004 user-only-in-builder-stage: USER is set in an earlier stage, which does not
// carry over to the final image.
#include <memory>
#include <string>
#include <utility>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/base_images.h"
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
      .details =
          "Fires on the FROM of the final stage when it sets no USER (and is not built "
          "FROM a stage that does) while some earlier stage sets one. Each FROM starts "
          "from its base image's user; a USER in a builder stage affects only that "
          "stage. Known non-root base images (docs/base-images.md and `base-image-users`) and "
          "export stages (`FROM scratch` without CMD or ENTRYPOINT) are exempt, as in "
          "NR001. On a Windows base the fix named is `USER ContainerUser`.",
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
  explicit UserOnlyInBuilderRule(BaseImageUsers bases)
      : RuleBase(Meta()), bases_(std::move(bases)) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    const dockerfile::Stage* final_stage = doc.final_stage();
    if (!final_stage || dockerfile::EffectiveUser(doc, *final_stage)) return;
    if (dockerfile::IsExportStage(doc, *final_stage)) return;
    const dockerfile::FinalBase base = dockerfile::FinalStageBase(doc, bases_);
    if (base.known && base.known->non_root) return;
    const dockerfile::Instruction* builder_user = nullptr;
    for (const dockerfile::Instruction& ins : doc.instructions)
      // A USER before any FROM (a parse error already reported) belongs to no stage.
      if (ins.Is("USER") && ins.stage >= 0 && !builder_user) builder_user = &ins;
    if (!builder_user) return;
    const dockerfile::Stage& where = doc.stages[static_cast<size_t>(builder_user->stage)];
    EmitExtras extras;
    extras.related.push_back({doc.source().path(), builder_user->span,
                              "USER set here, in stage " + where.DisplayName()});
    std::string user = "10001";
    if (base.windows) user = "ContainerUser";
    else if (dockerfile::IsNumericUser(builder_user->expanded))
      user = std::string(dockerfile::UserName(builder_user->expanded));
    emit.Report(*this, doc.instructions[final_stage->from].span,
                "USER is only set in build stage '" + where.DisplayName() + "' (line " +
                    std::to_string(builder_user->span.begin.line) + "); the final stage still " +
                    (base.windows ? "runs as ContainerAdministrator" : "runs as root") +
                    ": add `USER " + user + "` to it",
                std::move(extras));
  }

 private:
  BaseImageUsers bases_;
};

}  // namespace

Status MakeNR004(const Config& config, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<UserOnlyInBuilderRule>(config.base_image_users);
  return Status::Ok();
}

}  // namespace k8slint::rules
