// NR001 missing-user: the final stage never switches away from the base image's user.
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
      .id = "NR001",
      .name = "missing-user",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {InputKind::kDockerfile},
      .summary = "The final stage sets no USER, so the container runs as the base image's user, "
                 "usually root",
      .details = "Fires on the FROM of the final stage when neither that stage nor a stage it is "
                 "built FROM sets USER. Base images documented to run as a non-root user are "
                 "exempt: gcr.io/distroless/*:*nonroot*, cgr.dev/chainguard/*, "
                 "nginxinc/nginx-unprivileged, bitnami/*, registry.access.redhat.com/ubi9/nginx-*, "
                 "and mcr.microsoft.com/dotnet/runtime-deps with a chiseled tag. When only an "
                 "earlier stage sets USER, NR004 reports it instead.",
      .rationale = "Most base images (python, node, debian, alpine) default to root. A process "
                   "running as root inside the container turns any code-execution bug into root "
                   "on the container's filesystem and widens every container-escape; Kubernetes "
                   "runAsNonRoot refuses to start such an image at all.",
      .bad_example = "FROM python:3.12-slim\nCOPY . /app\nCMD [\"python\", \"/app/main.py\"]\n",
      .good_example = "FROM python:3.12-slim\nRUN useradd --uid 10001 --no-create-home app\n"
                      "COPY . /app\nUSER 10001\nCMD [\"python\", \"/app/main.py\"]\n",
      .fix = "Create an unprivileged user and add `USER <uid>` (numeric) after the steps that "
             "need root, or base the final stage on a non-root image.",
      .example_path = "Dockerfile",
      .tags = {"security"},
      .security_severity = "6.0",
      .kubernetes = true,
  };
}

class MissingUserRule : public RuleBase {
 public:
  MissingUserRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    const dockerfile::Stage* final_stage = doc.final_stage();
    if (!final_stage || dockerfile::EffectiveUser(doc, *final_stage)) return;
    if (dockerfile::IsKnownNonRootImage(final_stage->base)) return;
    for (const dockerfile::Instruction& ins : doc.instructions)
      if (ins.Is("USER")) return;  // only a builder stage sets it: NR004's case
    const dockerfile::Instruction& from = doc.instructions[final_stage->from];
    emit.Report(*this, from.span,
                "final stage (FROM " + final_stage->base.text +
                    ") sets no USER, so the container runs as root; add `USER 10001` after the "
                    "steps that need root");
  }
};

}  // namespace

Status MakeNR001(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MissingUserRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
