// NR019 writable-root-filesystem: readOnlyRootFilesystem is not true.
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
      .id = "NR019",
      .name = "writable-root-filesystem",
      .level = Level::kWarning,
      .aliases = {"kube-linter:no-read-only-root-fs",
                  "kube-score:container-security-context-readonlyrootfilesystem"},
      .kinds = {InputKind::kManifest},
      .summary = "A container can write to its root filesystem",
      .details = "Fires for each container and init container whose securityContext does not "
                 "set `readOnlyRootFilesystem: true`: at the setting when it is false, at the "
                 "container otherwise. Ephemeral containers are not checked.",
      .rationale = "A writable root filesystem lets an attacker drop tools and modify the "
                   "application's own files, and hides state that disappears on restart. Mount "
                   "an emptyDir where the application really writes (/tmp, caches).",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: nginx:1.27\n",
      .good_example =
          "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
          "  - name: web\n    image: nginx:1.27\n    securityContext:\n"
          "      readOnlyRootFilesystem: true\n    volumeMounts:\n"
          "    - {name: tmp, mountPath: /tmp}\n  volumes:\n  - {name: tmp, emptyDir: {}}\n",
      .fix = "Set `readOnlyRootFilesystem: true` and mount emptyDir volumes for the paths the "
             "application writes.",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "4.0",
      .kubernetes = true,
  };
}

class WritableRootFilesystemRule : public RuleBase {
 public:
  WritableRootFilesystemRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      if (c.role == yaml::ContainerRole::kEphemeral) return;
      if (yaml::TemplatedSection(c, "securityContext")) return;
      const yaml::Node ro = c.security_context.Get("readOnlyRootFilesystem");
      if (ro.IsTrue() || (pod.partial && !ro.HasValue())) return;
      yaml::ReportAt(emit, *this, *pod.owner, ro.HasValue() ? ro.position() : c.where(),
                     yaml::DescribeContainer(pod, c) +
                         " has a writable root filesystem; set readOnlyRootFilesystem: true");
    });
  }
};

}  // namespace

Status MakeNR019(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<WritableRootFilesystemRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
