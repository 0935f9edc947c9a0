// NR002 root-user: the last USER of the final stage is root.
#include <memory>

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
      .id = "NR002",
      .name = "root-user",
      .level = Level::kError,
      .aliases = {"hadolint:DL3002"},
      .kinds = {InputKind::kDockerfile},
      .summary = "The last USER of the final stage is root",
      .details = "Fires on the USER instruction in effect at the end of the final stage (following "
                 "FROM <stage> chains) when it names root: `root`, `0`, `root:<group>` or "
                 "`0:<group>`, after ARG/ENV substitution, or ContainerAdministrator, the "
                 "administrator of Windows images (any case). A USER root in a builder stage, or "
                 "one followed by a non-root USER, is fine, and so is an export stage (`FROM "
                 "scratch` without CMD or ENTRYPOINT), which never runs.",
      .rationale = "Switching back to root for the final image undoes the point of having a user: "
                   "the application process runs with full privileges inside the container, and "
                   "Kubernetes runAsNonRoot will refuse to start the pod.",
      .bad_example = "FROM node:20-slim\nUSER root\nCMD [\"node\", \"server.js\"]\n",
      .good_example = "FROM node:20-slim\nUSER root\nRUN apt-get update\nUSER 1000\n"
                      "CMD [\"node\", \"server.js\"]\n",
      .fix = "End the final stage with `USER <non-zero uid>`; keep `USER root` only around the "
             "steps that need it. On Windows end it with `USER ContainerUser`.",
      .example_path = "Dockerfile",
      .tags = {"security"},
      .security_severity = "7.0",
      .kubernetes = true,
  };
}

class RootUserRule : public RuleBase {
 public:
  RootUserRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    const dockerfile::Stage* final_stage = doc.final_stage();
    if (!final_stage) return;
    const dockerfile::Instruction* user = dockerfile::EffectiveUser(doc, *final_stage);
    if (!user || dockerfile::IsExportStage(doc, *final_stage)) return;
    if (dockerfile::IsWindowsAdministrator(user->expanded)) {
      emit.Report(*this, user->span,
                  "last USER of the final stage is ContainerAdministrator ('" + user->args +
                      "'), the Windows equivalent of root; switch to `USER ContainerUser` "
                      "before CMD");
      return;
    }
    if (!dockerfile::IsRootUser(user->expanded)) return;
    emit.Report(*this, user->span,
                "last USER of the final stage is root ('" + user->args +
                    "'); switch to a non-root numeric user such as `USER 10001` before CMD");
  }
};

}  // namespace

Status MakeNR002(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RootUserRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
