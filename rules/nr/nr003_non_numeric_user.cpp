// NR003 non-numeric-user: USER names a user instead of a UID, which Kubernetes
// runAsNonRoot cannot verify.
#include <memory>
#include <utility>

#include "linter/core/excerpt.h"
#include "linter/core/ascii.h"
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
      .id = "NR003",
      .name = "non-numeric-user",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3066"},
      .kinds = {InputKind::kDockerfile},
      .summary = "The final USER is a name, which Kubernetes runAsNonRoot cannot verify",
      .details = "Fires on the USER in effect at the end of the final stage when its user part "
                 "is a name (`app`, `node`, `nobody`) rather than a numeric UID. root is NR002's "
                 "case. A value still holding an unresolved `$VAR` (an ARG without default) is "
                 "not reported, since the build decides it. Windows images are not reported: "
                 "their users are names (`ContainerUser`), and Kubernetes checks them by name "
                 "(`runAsUserName`); a Windows base is one of docs/base-images.md, a USER "
                 "ContainerUser/ContainerAdministrator, or a stage whose SHELL is cmd or Windows "
                 "PowerShell. Export stages (`FROM scratch` without CMD or ENTRYPOINT) never run "
                 "and are not reported.",
      .rationale = "The kubelet checks runAsNonRoot against the image's UID. With a user name it "
                   "cannot tell whether the name maps to UID 0 and refuses to start the container "
                   "(\"image has non-numeric user ... cannot verify user is non-root\") unless the "
                   "pod also sets runAsUser.",
      .bad_example = "FROM node:20-slim\nUSER node\nCMD [\"node\", \"server.js\"]\n",
      .good_example = "FROM node:20-slim\nUSER 1000\nCMD [\"node\", \"server.js\"]\n",
      .fix = "Use the numeric UID (and optionally GID): `USER 10001:10001`. For the node image "
             "the `node` user is 1000.",
      .example_path = "Dockerfile",
      .tags = {"security", "kubernetes"},
      .security_severity = "4.0",
      .kubernetes = true,
  };
}

class NonNumericUserRule : public RuleBase {
 public:
  explicit NonNumericUserRule(BaseImageUsers bases) : RuleBase(Meta()), bases_(std::move(bases)) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    const dockerfile::Stage* final_stage = doc.final_stage();
    if (!final_stage) return;
    const dockerfile::Instruction* user = dockerfile::EffectiveUser(doc, *final_stage);
    if (!user || user->expanded.find('$') != std::string::npos) return;
    if (dockerfile::IsRootUser(user->expanded) || dockerfile::IsNumericUser(user->expanded)) return;
    if (dockerfile::UserName(user->expanded).empty()) return;
    if (dockerfile::IsWindowsAdministrator(user->expanded) ||
        AsciiLower(dockerfile::UserName(user->expanded)) == "containeruser")
      return;
    if (dockerfile::IsExportStage(doc, *final_stage)) return;
    if (dockerfile::FinalStageBase(doc, bases_).windows) return;
    emit.Report(*this, user->args_span,
                "USER '" + Excerpt(dockerfile::UserName(user->expanded)) +
                    "' is a name; Kubernetes runAsNonRoot cannot verify it: use its numeric UID, "
                    "e.g. `USER 10001`");
  }

 private:
  BaseImageUsers bases_;
};

}  // namespace

Status MakeNR003(const Config& config, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<NonNumericUserRule>(config.base_image_users);
  return Status::Ok();
}

}  // namespace k8slint::rules
