// NR030 run-as-non-root-named-user: runAsNonRoot is true, no runAsUser is set, and the
// image's USER is a name (or root): the kubelet refuses to start the container.
#include <algorithm>
#include <cctype>
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/base_images.h"
#include "linter/project/project_rule.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR030",
      .name = "run-as-non-root-named-user",
      .level = Level::kError,
      .aliases = {},
      .kinds = {},
      .summary =
          "The pod sets runAsNonRoot but the image's USER is a name or root, and no runAsUser",
      .details = "For each container (and each values scope) whose effective securityContext sets "
                 "runAsNonRoot: true without runAsUser, and whose image's Dockerfile (linked by "
                 "docs/project-model.md) ends with a USER that is a name (`USER app`) or root. "
                 "When a `useradd -u`/`adduser -u` in the Dockerfile gives the name a uid, the "
                 "message suggests it. On Windows images the kubelet checks the name itself, so "
                 "only `USER ContainerAdministrator` is reported there.",
      .rationale = "The kubelet checks runAsNonRoot against the image's numeric uid. A user name "
                   "cannot be verified, so the pod never starts: `CreateContainerConfigError: "
                   "container has runAsNonRoot and image has non-numeric user (app), cannot verify "
                   "user is non-root`; with root it fails the same way.",
      .bad_example = "# Dockerfile\nRUN useradd --uid 10001 app\nUSER app\n"
                     "# deployment.yaml\n      securityContext:\n        runAsNonRoot: true\n",
      .good_example = "# Dockerfile\nRUN useradd --uid 10001 app\nUSER 10001\n"
                      "# deployment.yaml\n      securityContext:\n        runAsNonRoot: true\n",
      .fix = "Use a numeric USER in the Dockerfile (`USER 10001`), or set runAsUser to the user's "
             "uid next to runAsNonRoot.",
      .example_path = "",
      .tags = {"security", "reliability", "kubernetes", "cross-file"},
      .security_severity = "5.0",
      .kubernetes = true,
  };
}

class RunAsNonRootNamedUserRule : public project::ProjectRule {
 public:
  RunAsNonRootNamedUserRule() : ProjectRule(Meta()) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    p.ForEachContainer([&](const project::FileFacts&, const project::Workload& w,
                           const project::ContainerFact& c) {
      Check(p, emit, c.run_as_non_root, c.run_as_user, p.ImageOf(c), project::Describe(w, c));
    });
    for (const project::FileFacts& f : p.files())
      for (const project::ValuesScope& v : f.values)
        Check(p, emit, v.run_as_non_root, v.run_as_user, p.ImageOf(v),
              "values " + (v.component.empty() ? std::string("(top level)") : v.component.str()));
  }

 private:
  void Check(const project::Project& p, Emitter& emit, const project::SecurityValue& non_root,
             const project::SecurityValue& user, const project::DockerfileFacts* d,
             const std::string& who) const {
    if (!non_root.set || !non_root.value || user.set || !d || !d->has_user) return;
    // On Windows the kubelet checks runAsNonRoot by name: only ContainerAdministrator fails.
    const bool root = d->windows ? dockerfile::IsWindowsAdministrator(d->user)
                                 : d->user == "root" || d->user == "0";
    if (!root && (d->windows || std::all_of(d->user.str().begin(), d->user.str().end(), ::isdigit)))
      return;
    std::string message =
        "runAsNonRoot of " + who + " cannot be satisfied: the image's USER " +
        (root ? "is root" : "'" + d->user + "' is a name the kubelet cannot verify") +
        ", so the container will not start";
    if (!root && d->uid)
      message +=
          "; set runAsUser: " + std::to_string(*d->uid) + " or USER " + std::to_string(*d->uid);
    project::ReportPair(p, emit, *this, non_root.at, std::move(message),
                        {d->user_at, "USER " + d->user}, who + " USER " + d->user);
  }
};

}  // namespace

Status MakeNR030(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RunAsNonRootNamedUserRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
