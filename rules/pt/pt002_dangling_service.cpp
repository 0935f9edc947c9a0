// PT002 dangling-service: a Service's selector matches no workload of the file.
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
      .id = "PT002",
      .name = "dangling-service",
      .level = Level::kWarning,
      .aliases = {"kube-linter:dangling-service", "kube-score:service-targets-pod"},
      .kinds = {InputKind::kManifest},
      .summary = "A Service selector matches no workload in the same namespace",
      .details = "Fires on the selector of a Service when no pod template in the same file and "
                 "namespace carries all its labels. Only files that define at least one workload "
                 "are checked, so a file holding just a Service (the workload being elsewhere) "
                 "is left to the cross-file rules. Services without a selector and ExternalName "
                 "Services are skipped.",
      .rationale = "A Service that selects nothing has no endpoints: clients get connection "
                   "refused or time out. It usually comes from a label typo or a chart whose "
                   "selector helpers changed.",
      .bad_example = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
                     "  template:\n    metadata:\n      labels: {app: web}\n    spec:\n"
                     "      containers: [{name: web, image: ghcr.io/acme/web:1.4.2}]\n---\n"
                     "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                     "  selector: {app: webapp}\n  ports: [{port: 80}]\n",
      .good_example = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
                      "  template:\n    metadata:\n      labels: {app: web}\n    spec:\n"
                      "      containers: [{name: web, image: ghcr.io/acme/web:1.4.2}]\n---\n"
                      "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                      "  selector: {app: web}\n  ports: [{port: 80}]\n",
      .fix = "Make the selector's labels match the pod template's labels.",
      .example_path = "deploy.yaml",
      .tags = {"correctness", "kubernetes"},
      .kubernetes = true,
  };
}

class DanglingServiceRule : public RuleBase {
 public:
  DanglingServiceRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    if (file.pods().empty()) return;
    for (const yaml::Service& s : file.services()) {
      if (!s.selector.IsMap() || s.selector.size() == 0 || s.type_text() == "ExternalName")
        continue;
      if (!file.Selected(s.selector, *s.owner).empty()) continue;
      yaml::ReportAt(emit, *this, *s.owner, s.spec.KeyPosition("selector"),
                     s.owner->Describe() + " selects no workload: no pod template has all of its "
                                           "selector labels");
    }
  }
};

}  // namespace

Status MakePT002(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<DanglingServiceRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
