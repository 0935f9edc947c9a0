// PT002 dangling-service: a Service's selector matches no workload of the linted files.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/project/project_rule.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PT002",
      .name = "dangling-service",
      .level = Level::kWarning,
      .aliases = {"kube-linter:dangling-service", "kube-score:service-targets-pod"},
      .kinds = {},
      .summary = "A Service selector matches no workload in the same namespace",
      .details = "Fires on the selector of a Service when no pod template of any linted file "
                 "(same namespace, or none written) carries all its labels; a controller's own "
                 "label (pod-template-hash, statefulset.kubernetes.io/pod-name, "
                 "deploymentconfig) matches the pods of the kind and name it names. Workloads "
                 "are every kind with a pod template: Pod, Deployment, StatefulSet, DaemonSet, "
                 "ReplicaSet, ReplicationController, Job, CronJob, OpenShift DeploymentConfig "
                 "and Argo Rollout. A Service in a file that defines no workload is judged only "
                 "when the inputs were found by walking a folder and define some workload: a "
                 "pre-commit run that passes a few files does not see the rest of the app. "
                 "Services without a selector and ExternalName Services are skipped.",
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
      .tags = {"correctness", "kubernetes", "cross-file"},
      .kubernetes = true,
  };
}

class DanglingServiceRule : public project::ProjectRule {
 public:
  DanglingServiceRule() : ProjectRule(Meta()) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    for (const project::FileFacts& f : p.files()) {
      // A file that defines no workload may be one of a few files a pre-commit hook
      // passed: judge its Services only when the whole tree was walked.
      if (f.workloads().empty() && !(p.walked() && p.has_workloads())) continue;
      for (const project::ServiceFact& s : f.services()) {
        if (s.selector.empty() || s.type == "ExternalName" || !p.Selected(s).empty()) continue;
        std::string message = "Service/" + s.name +
                              " selects no workload: no pod template in the linted files has "
                              "all of its selector labels";
        if (!s.source_template.empty()) message += " (from template " + s.source_template + ")";
        project::ReportOne(p, emit, *this, s.selector_at, std::move(message), s.selector_line);
      }
    }
  }
};

}  // namespace

Status MakePT002(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<DanglingServiceRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
