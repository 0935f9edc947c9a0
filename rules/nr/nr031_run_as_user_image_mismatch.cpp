// NR031 run-as-user-image-mismatch: runAsUser differs from the uid the image's USER
// runs as.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/project/project_rule.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR031",
      .name = "run-as-user-image-mismatch",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {},
      .summary = "The runAsUser of a workload differs from the uid of its image's USER",
      .details = "For each container (and each values scope) with an effective runAsUser above 0 "
                 "whose image's Dockerfile ends with a numeric USER, or a named USER that a "
                 "`useradd -u`/`adduser -u` of the Dockerfile gives a uid. Fires when the two uids "
                 "differ. runAsUser: 0 is NR011's case.",
      .rationale = "The Dockerfile chowns the app's files and home to its USER. Running under "
                   "another uid makes them unreadable or read-only to the process: the pod starts "
                   "and then fails writing caches, sockets or uploads.",
      .bad_example = "# Dockerfile\nUSER 10001\n# deployment.yaml\n"
                     "        securityContext: {runAsUser: 1000}\n",
      .good_example = "# Dockerfile\nUSER 10001\n# deployment.yaml\n"
                      "        securityContext: {runAsUser: 10001}\n",
      .fix = "Use the image's uid in runAsUser (or change USER in the Dockerfile to match).",
      .example_path = "",
      .tags = {"reliability", "kubernetes", "cross-file"},
      .kubernetes = true,
  };
}

class RunAsUserImageMismatchRule : public project::ProjectRule {
 public:
  RunAsUserImageMismatchRule() : ProjectRule(Meta()) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    p.ForEachContainer([&](const project::FileFacts&, const project::Workload& w,
                           const project::ContainerFact& c) {
      Check(p, emit, c.run_as_user, p.ImageOf(c), project::Describe(w, c));
    });
    for (const project::FileFacts& f : p.files())
      for (const project::ValuesScope& v : f.values)
        Check(p, emit, v.run_as_user, p.ImageOf(v),
              "values " + (v.component.empty() ? std::string("(top level)") : v.component.str()));
  }

 private:
  void Check(const project::Project& p, Emitter& emit, const project::SecurityValue& user,
             const project::DockerfileFacts* d, const std::string& who) const {
    if (!user.set || user.value <= 0 || !d || !d->uid || *d->uid == user.value) return;
    project::ReportPair(p, emit, *this, user.at,
                        "runAsUser " + std::to_string(user.value) + " of " + who +
                            " differs from the image's user (uid " + std::to_string(*d->uid) + ")",
                        {d->user_at, "USER " + d->user},
                        who + " " + std::to_string(user.value) + " vs " + std::to_string(*d->uid));
  }
};

}  // namespace

Status MakeNR031(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RunAsUserImageMismatchRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
