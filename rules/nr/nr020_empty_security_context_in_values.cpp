// NR020 empty-security-context-in-values: the chart's values leave securityContext
// empty (the `helm create` default), so the pods run as the image's user.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/model.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR020",
      .name = "empty-security-context-in-values",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {InputKind::kValues},
      .summary = "The chart's values.yaml leaves securityContext empty, so nothing stops the pods "
                 "running as root",
      .details = "Fires on a `securityContext: {}` (or an empty `securityContext:`) in a "
                 "Helm values file, the `helm create` scaffold's default, unless "
                 "`podSecurityContext` sets runAsNonRoot: true or a non-zero runAsUser, at the top "
                 "level or in a component section (`frontend.securityContext`). Charts that do not "
                 "use the scaffold's keys are not affected.",
      .rationale = "The scaffold's templates copy these values into every container; left empty, "
                   "the containers run as the image's user (usually root), with privilege "
                   "escalation allowed and a writable root filesystem.",
      .bad_example = "image:\n  repository: ghcr.io/acme/web\n  tag: \"1.4.2\"\n"
                     "podSecurityContext: {}\nsecurityContext: {}\n",
      .good_example = "image:\n  repository: ghcr.io/acme/web\n  tag: \"1.4.2\"\n"
                      "podSecurityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\n"
                      "securityContext:\n  allowPrivilegeEscalation: false\n"
                      "  readOnlyRootFilesystem: true\n  capabilities:\n    drop: [ALL]\n",
      .fix =
          "Fill in securityContext (allowPrivilegeEscalation: false, readOnlyRootFilesystem: "
          "true, capabilities.drop [ALL]) and podSecurityContext (runAsNonRoot: true, runAsUser).",
      .example_path = "values.yaml",
      .tags = {"security", "helm"},
      .security_severity = "5.0",
      .kubernetes = true,
  };
}

class ValuesEmptySecurityContextRule : public RuleBase {
 public:
  ValuesEmptySecurityContextRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    for (const yaml::Values& v : file.value_scopes()) {
      if (!v.security_context.IsEmpty()) continue;
      const yaml::Node& pod = v.pod_security_context;
      if (pod.Get("runAsNonRoot").IsTrue() || pod.Get("runAsUser").AsInt().value_or(0) > 0)
        continue;
      emit.Report(*this, Span::At(v.security_context.position()),
                  v.prefix + "securityContext is empty in values (and " + v.prefix +
                      "podSecurityContext does not set runAsNonRoot): the chart's containers may "
                      "run as root");
    }
  }
};

}  // namespace

Status MakeNR020(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ValuesEmptySecurityContextRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
