// KM020 undefined-env-reference: env valueFrom or envFrom names a ConfigMap that no input
// defines, or a key that the ConfigMap or Secret the inputs define does not have.
#include <algorithm>
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/project/project_rule.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "KM020",
      .name = "undefined-env-reference",
      .level = Level::kWarning,
      .aliases = {"kube-linter:env-value-from"},
      .kinds = {},
      .summary = "An env reference names a ConfigMap, or a key of a defined ConfigMap or Secret, "
                 "that no input defines",
      .details = "For each container env `valueFrom.configMapKeyRef`/`secretKeyRef` and each "
                 "`envFrom` configMapRef/secretRef that is not `optional: true`: a ConfigMap "
                 "must be defined by some input (same namespace, or none written), and a key "
                 "reference must name a key of the ConfigMap or Secret the inputs define, unless "
                 "the object has no keys at all (filled by something else). A Secret that no "
                 "input defines is not reported: k8slint's own secrets rules (SE023) say secrets "
                 "are created outside the repository (`kubectl create secret`, an external "
                 "secrets operator, sealed secrets), so a reference to one is expected. Objects "
                 "listed in the config's `external-objects` (`name`, `Secret/name` or "
                 "`ConfigMap/name`) are created outside the repository and are skipped. Runs "
                 "only when folders were linted: a pre-commit run on a few changed files cannot "
                 "see the other files.",
      .rationale =
          "A missing object or key leaves the pod in CreateContainerConfigError: "
          "`configmap \"todo-config\" not found` or `couldn't find key url in Secret`. The "
          "error appears only at deploy time, in the pod's events.",
      .bad_example = "        env:\n        - name: LOG_LEVEL\n          valueFrom:\n"
                     "            configMapKeyRef: {name: todo-config, key: log-level}\n"
                     "# no ConfigMap todo-config in the repository or config\n",
      .good_example =
          "# .k8slint.yaml\nexternal-objects:\n  - ConfigMap/todo-config  # made by the "
          "platform team\n",
      .fix = "Define the ConfigMap or Secret (or the key) in the chart or manifests, mark the "
             "reference `optional: true`, or list the object under `external-objects` in the "
             "config when it is created outside the repository.",
      .example_path = "",
      .tags = {"reliability", "kubernetes", "cross-file"},
      .kubernetes = true,
  };
}

class UndefinedEnvReferenceRule : public project::ProjectRule {
 public:
  UndefinedEnvReferenceRule() : ProjectRule(Meta()) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    if (!p.walked()) return;
    p.ForEachContainer([&](const project::FileFacts&, const project::Workload& w,
                           const project::ContainerFact& c) {
      for (const project::EnvRef& e : c.env) Check(p, emit, w, c, e);
      for (const project::EnvRef& e : c.env_from) Check(p, emit, w, c, e);
    });
  }

 private:
  void Check(const project::Project& p, Emitter& emit, const project::Workload& w,
             const project::ContainerFact& c, const project::EnvRef& e) const {
    if (!e.has_ref || e.optional || e.object.empty() || p.IsExternal(e.secret, e.object)) return;
    const std::string kind = e.secret ? "Secret" : "ConfigMap";
    const std::vector<const project::ConfigObject*> found = p.FindConfig(e.secret, e.object, w.ns);
    const std::string who = project::Describe(w, c);
    // Secrets are kept out of the repository by policy (SE023), so an undefined one is the
    // expected case; its keys are checked only when some input does define it.
    if (found.empty() && e.secret) return;
    if (found.empty()) {
      project::ReportOne(p, emit, *this, e.at,
                         who + " reads " + kind + " '" + e.object +
                             "', which no input defines (list it under external-objects if it "
                             "is created outside the repository)",
                         who + " " + kind + "/" + e.object);
      return;
    }
    if (e.key.empty()) return;
    for (const project::ConfigObject* o : found)
      if (o->keys.empty() || std::find(o->keys.begin(), o->keys.end(), e.key) != o->keys.end())
        return;
    project::ReportPair(p, emit, *this, e.at,
                        who + " reads key '" + e.key + "' of " + kind + " '" + e.object +
                            "', which does not define it",
                        {found.front()->at, kind + "/" + e.object},
                        who + " " + kind + "/" + e.object + " " + e.key);
  }
};

}  // namespace

Status MakeKM020(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<UndefinedEnvReferenceRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
