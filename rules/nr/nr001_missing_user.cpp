// NR001 missing-user: the final stage never switches away from the base image's user.
#include <memory>
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
      .id = "NR001",
      .name = "missing-user",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {InputKind::kDockerfile},
      .summary = "The final stage sets no USER, so the container runs as the base image's user, "
                 "usually root",
      .details = "Fires on the FROM of the final stage when neither that stage nor a stage it is "
                 "built FROM sets USER. Base images documented to run as a non-root user are "
                 "exempt; they are data, not code: the table of docs/base-images.md (.NET "
                 "chiseled and distroless images, distroless `:nonroot`, Chainguard, Bitnami, "
                 "nginx-unprivileged, grafana/k6, Nano Server and others, each with its source), "
                 "extended by the `base-image-users` key of .k8slint.yaml. On a Windows base "
                 "(Server Core, Windows, .NET Framework, or a stage whose SHELL is cmd or Windows "
                 "PowerShell) a missing USER means ContainerAdministrator, and the fix is `USER "
                 "ContainerUser`. A final `FROM scratch` stage without CMD or ENTRYPOINT is an "
                 "export stage (`docker build --output`), not a container, and is not reported. "
                 "When only an earlier stage sets USER, NR004 reports it instead.",
      .rationale = "Most base images (python, node, debian, alpine) default to root. A process "
                   "running as root inside the container turns any code-execution bug into root "
                   "on the container's filesystem and widens every container-escape; Kubernetes "
                   "runAsNonRoot refuses to start such an image at all.",
      .bad_example = "FROM python:3.12-slim\nCOPY . /app\nCMD [\"python\", \"/app/main.py\"]\n",
      .good_example = "FROM python:3.12-slim\nRUN useradd --uid 10001 --no-create-home app\n"
                      "COPY . /app\nUSER 10001\nCMD [\"python\", \"/app/main.py\"]\n",
      .fix = "Create an unprivileged user and add `USER <uid>` (numeric) after the steps that "
             "need root, or base the final stage on a non-root image. On Windows bases add `USER "
             "ContainerUser`. A base image that runs as non-root but is missing from the table "
             "goes into `base-image-users` in .k8slint.yaml.",
      .example_path = "Dockerfile",
      .tags = {"security"},
      .security_severity = "6.0",
      .kubernetes = true,
  };
}

class MissingUserRule : public RuleBase {
 public:
  explicit MissingUserRule(BaseImageUsers bases) : RuleBase(Meta()), bases_(std::move(bases)) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    const dockerfile::Stage* final_stage = doc.final_stage();
    if (!final_stage || dockerfile::EffectiveUser(doc, *final_stage)) return;
    if (dockerfile::IsExportStage(doc, *final_stage)) return;
    const dockerfile::FinalBase base = dockerfile::FinalStageBase(doc, bases_);
    if (base.known && base.known->non_root) return;
    for (const dockerfile::Instruction& ins : doc.instructions)
      if (ins.Is("USER")) return;  // only a builder stage sets it: NR004's case
    const dockerfile::Instruction& from = doc.instructions[final_stage->from];
    emit.Report(*this, from.span,
                "final stage (FROM " + final_stage->base.text + ") sets no USER, so the " +
                    (base.windows ? "container runs as ContainerAdministrator; add `USER "
                                    "ContainerUser` after the steps that need administrator rights"
                                  : "container runs as root; add `USER 10001` after the steps "
                                    "that need root"));
  }

 private:
  BaseImageUsers bases_;
};

}  // namespace

Status MakeNR001(const Config& config, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MissingUserRule>(config.base_image_users);
  return Status::Ok();
}

}  // namespace k8slint::rules
