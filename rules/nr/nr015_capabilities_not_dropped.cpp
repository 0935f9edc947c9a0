// NR015 capabilities-not-dropped: the container keeps the runtime's default
// capabilities because capabilities.drop does not include ALL.
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
      .id = "NR015",
      .name = "capabilities-not-dropped",
      .level = Level::kWarning,
      .aliases = {"kube-linter:drop-net-raw-capability"},
      .kinds = {InputKind::kManifest},
      .summary = "A container keeps the default Linux capabilities instead of dropping ALL",
      .details = "Fires for each container and init container whose "
                 "`securityContext.capabilities.drop` does not contain ALL: at the drop list "
                 "when there is one, at the container otherwise. Ephemeral containers are not "
                 "checked. It carries kube-linter's drop-net-raw-capability alias: dropping ALL "
                 "drops NET_RAW, and a drop list of NET_RAW alone, which kube-linter accepts, "
                 "is still reported here; adding NET_RAW back is NR014's.",
      .rationale = "Container runtimes grant about 14 capabilities by default (CHOWN, SETUID, "
                   "NET_RAW, ...). Few applications need any of them; dropping ALL and adding back "
                   "the one you need shrinks what an exploit can do. The restricted Pod Security "
                   "Standard requires it.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: nginx:1.27\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: nginx:1.27\n    securityContext:\n"
                      "      capabilities:\n        drop: [ALL]\n",
      .fix = "Add `capabilities: {drop: [ALL]}` to the container's securityContext.",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "4.0",
      .kubernetes = true,
  };
}

class CapabilitiesNotDroppedRule : public RuleBase {
 public:
  CapabilitiesNotDroppedRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      if (c.role == yaml::ContainerRole::kEphemeral) return;
      if (yaml::TemplatedSection(c, "securityContext")) return;
      const yaml::Node drop = c.security_context.At({"capabilities", "drop"});
      if (pod.partial && !drop.HasValue()) return;  // the base it patches may drop them
      for (size_t i = 0; i < drop.size(); ++i) {
        const std::string_view cap = drop.Item(i).scalar();
        if (cap == "ALL" || cap == "all" || cap == "CAP_ALL") return;
      }
      yaml::ReportAt(emit, *this, *pod.owner,
                     drop ? c.security_context.Get("capabilities").KeyPosition("drop") : c.where(),
                     yaml::DescribeContainer(pod, c) +
                         " does not drop ALL capabilities; add capabilities.drop: [ALL]");
    });
  }
};

}  // namespace

Status MakeNR015(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<CapabilitiesNotDroppedRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
