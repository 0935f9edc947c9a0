// NR032 image-without-user: a workload runs an image whose Dockerfile sets no USER and
// sets no runAsUser itself, so the process runs as root.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/project/project_rule.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR032",
      .name = "image-without-user",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {},
      .summary = "A workload runs an image without USER and sets no runAsUser: it runs as root",
      .details =
          "For each container (and each values scope with an image) whose image's "
          "Dockerfile (linked by docs/project-model.md) has no USER in its final stage or "
          "the stages it builds on, and is not based on a documented non-root image "
          "(docs/base-images.md, `base-image-users`), fires "
          "when the effective securityContext sets no runAsUser. With runAsNonRoot: true the "
          "message says the pod will not start, since the kubelet refuses uid 0. On a Windows "
          "image (docs/base-images.md) the pod chooses its user by name, so the rule fires "
          "when neither the Dockerfile's USER nor securityContext.windowsOptions.runAsUserName "
          "is set on a base that runs as ContainerAdministrator.",
      .rationale = "NR001 flags the Dockerfile and NR010 the manifest; this is the fact that "
                   "matters in the cluster: the process really runs as root, so a container "
                   "escape or a writable hostPath is a root compromise of the node.",
      .bad_example = "# Dockerfile\nFROM node:20\nCMD [\"npm\", \"start\"]\n"
                     "# deployment.yaml (no securityContext)\n        image: web:1.0.0\n",
      .good_example = "# Dockerfile\nFROM node:20\nUSER 1000\nCMD [\"npm\", \"start\"]\n"
                      "# deployment.yaml\n        image: web:1.0.0\n",
      .fix = "Add a numeric USER to the Dockerfile's final stage, or set runAsUser (with "
             "runAsNonRoot: true) in the pod's securityContext. For Windows images add `USER "
             "ContainerUser`, or set windowsOptions.runAsUserName: ContainerUser.",
      .example_path = "",
      .tags = {"security", "kubernetes", "dockerfile", "cross-file"},
      .security_severity = "6.0",
      .kubernetes = true,
  };
}

class ImageWithoutUserRule : public project::ProjectRule {
 public:
  ImageWithoutUserRule() : ProjectRule(Meta()) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    p.ForEachContainer([&](const project::FileFacts&, const project::Workload& w,
                           const project::ContainerFact& c) {
      Check(p, emit, c.image_at, c.run_as_non_root, c.run_as_user, c.windows_user, p.ImageOf(c),
            project::Describe(w, c));
    });
    for (const project::FileFacts& f : p.files())
      for (const project::ValuesScope& v : f.values)
        if (v.has_image)
          Check(p, emit, v.repository_at, v.run_as_non_root, v.run_as_user, v.windows_user,
                p.ImageOf(v),
                "values " + (v.component.empty() ? std::string("(top level)") : v.component.str()));
  }

 private:
  void Check(const project::Project& p, Emitter& emit, const project::Loc& at,
             const project::SecurityValue& non_root, const project::SecurityValue& user,
             bool windows_user, const project::DockerfileFacts* d, const std::string& who) const {
    // An export stage is not an image anything runs.
    if (!d || d->has_user || d->base_non_root || d->export_stage) return;
    if (d->windows) {
      // Windows has no uid: the pod picks the user by name, and runAsUser does not apply.
      if (windows_user) return;
      project::ReportPair(p, emit, *this, at,
                          who + " runs a Windows image whose Dockerfile sets no USER, and no "
                                "windowsOptions.runAsUserName: it runs as ContainerAdministrator",
                          {d->from, "FROM " + d->base + " (no USER)"}, who + " " + d->base);
      return;
    }
    if (user.set) return;
    const bool refused = non_root.set && non_root.value;
    project::ReportPair(
        p, emit, *this, at,
        who + " runs an image whose Dockerfile sets no USER, and no runAsUser: " +
            (refused ? "with runAsNonRoot the container will not start" : "it runs as root"),
        {d->from, "FROM " + d->base + " (no USER)"}, who + " " + d->base);
  }
};

}  // namespace

Status MakeNR032(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ImageWithoutUserRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
