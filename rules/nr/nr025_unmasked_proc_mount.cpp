// NR025 unmasked-proc-mount: a container asks for an unmasked /proc (procMount: Unmasked).
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR025",
      .name = "unmasked-proc-mount",
      .level = Level::kError,
      .aliases = {"kube-linter:unsafe-proc-mount"},
      .kinds = {InputKind::kManifest},
      .summary = "A container mounts /proc unmasked (procMount: Unmasked)",
      .details = "Fires on `securityContext.procMount: Unmasked` of any container, init or "
                 "ephemeral container. kube-linter has this check off by default; k8slint runs "
                 "it by default because the setting has no use outside nested container "
                 "runtimes, and the baseline Pod Security Standard forbids it.",
      .rationale = "The container runtime masks parts of /proc (/proc/kcore, /proc/sysrq-trigger, "
                   "...) and makes others read-only; Unmasked removes that protection, which "
                   "exposes kernel memory and host controls to the container.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: builder\nspec:\n"
                     "  hostUsers: false\n  containers:\n  - name: builder\n"
                     "    image: moby/buildkit:v0.16.0-rootless\n    securityContext:\n"
                     "      procMount: Unmasked\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: builder\nspec:\n"
                      "  hostUsers: false\n  containers:\n  - name: builder\n"
                      "    image: moby/buildkit:v0.16.0-rootless\n    securityContext:\n"
                      "      procMount: Default\n",
      .fix = "Remove procMount or set it to Default.",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "6.0",
      .kubernetes = true,
  };
}

class UnmaskedProcMountRule : public RuleBase {
 public:
  UnmaskedProcMountRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      const yaml::Node mount = c.security_context.Get("procMount");
      if (mount.scalar() != "Unmasked") return;
      yaml::ReportAt(emit, *this, *pod.owner, mount.span(),
                     yaml::DescribeContainer(pod, c) +
                         " sets procMount: Unmasked, which exposes the host's /proc paths");
    });
  }
};

}  // namespace

Status MakeNR025(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<UnmaskedProcMountRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
