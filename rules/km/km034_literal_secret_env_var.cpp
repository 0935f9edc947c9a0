// KM034 literal-secret-env-var: a container env var named like a secret gets a literal
// value in the manifest instead of a secretKeyRef.
#include <memory>
#include <string>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/secrets/values.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "KM034",
      .name = "literal-secret-env-var",
      .level = Level::kWarning,
      .aliases = {"kube-linter:env-var-secret"},
      .kinds = {InputKind::kManifest},
      .summary = "A container env var named like a secret is given a literal value",
      .details = "Fires on the `value` of a container's env entry whose name says it holds a "
                 "secret (the names SE022 uses: password, secret, token, credentials, auth, "
                 "api key, ...; kube-linter's env-var-secret matches `secret` only) when the "
                 "value is a literal: not empty, not a reference (`$(VAR)`, `${VAR}`, "
                 "`{{ }}`), not a number, boolean, path or URL. Values that look like real "
                 "secrets are SE022's (or a provider rule's) and are not reported twice; this "
                 "rule reports the rest, such as `changeme` or `postgres`, which the cluster "
                 "still runs with.",
      .rationale = "Whatever a manifest holds is readable by everyone with the repository and "
                   "with `get` on the workload (it is not a Secret, so RBAC on Secrets does "
                   "not protect it), and a weak default committed once tends to reach "
                   "production.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: db\nspec:\n  containers:\n"
                     "  - name: postgres\n    image: postgres:16.4\n    env:\n"
                     "    - name: POSTGRES_PASSWORD\n      value: postgres\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: db\nspec:\n"
                      "  containers:\n  - name: postgres\n    image: postgres:16.4\n"
                      "    env:\n    - name: POSTGRES_PASSWORD\n      valueFrom:\n"
                      "        secretKeyRef: {name: db, key: password}\n",
      .fix = "Put the value in a Secret and reference it with `valueFrom.secretKeyRef` (or "
             "mount the Secret as a file).",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "5.0",
      .kubernetes = true,
  };
}

bool NotASecret(std::string_view v) {
  if (v.empty() || v.starts_with("/") || v.find("://") != std::string_view::npos) return true;
  if (v == "true" || v == "false" || v == "True" || v == "False" || v == "yes" || v == "no")
    return true;
  return v.find_first_not_of("0123456789.") == std::string_view::npos;
}

class LiteralSecretEnvVarRule : public RuleBase {
 public:
  LiteralSecretEnvVarRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      for (const yaml::EnvVar& e : c.env) {
        if (!e.value.IsScalar() || e.value.templated() || !e.name.IsScalar()) continue;
        const std::string_view value = e.value.scalar();
        if (!secrets::IsSecretKeyName(e.name.scalar()) || NotASecret(value) ||
            secrets::IsReference(value) || secrets::LooksLikeSecretValue(value))
          continue;
        yaml::ReportAt(emit, *this, *pod.owner, e.value.span(),
                       yaml::DescribeContainer(pod, c) + " sets " + std::string(e.name.scalar()) +
                           " to a literal value; reference a Secret with valueFrom.secretKeyRef");
      }
    });
  }
};

}  // namespace

Status MakeKM034(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<LiteralSecretEnvVarRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
