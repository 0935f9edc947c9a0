// KM035 secret-in-env-var: a container reads a Secret into environment variables
// instead of mounting it as files.
#include <memory>
#include <string>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "KM035",
      .name = "secret-in-env-var",
      .level = Level::kNote,
      .aliases = {"kube-linter:read-secret-from-env-var"},
      .kinds = {InputKind::kManifest},
      .summary = "A container reads a Secret through environment variables",
      .details = "Off by default, as in kube-linter (`--enable KM035`). Fires on each "
                 "`env[].valueFrom.secretKeyRef` (kube-linter's read-secret-from-env-var) and "
                 "each `envFrom[].secretRef` (k8slint also reports these: they put every key of "
                 "the Secret in the environment) of any container.",
      .rationale = "CIS Kubernetes Benchmark 5.4.1: prefer Secrets as files. Environment "
                   "variables are inherited by every child process, printed by crash reporters "
                   "and debug endpoints, and visible in /proc/<pid>/environ; a mounted Secret "
                   "is also updated in place when it is rotated.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n"
                     "  - name: api\n    image: ghcr.io/acme/api:2.3.1\n    env:\n"
                     "    - name: DB_PASSWORD\n      valueFrom:\n"
                     "        secretKeyRef: {name: db, key: password}\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n"
                      "  containers:\n  - name: api\n    image: ghcr.io/acme/api:2.3.1\n"
                      "    env:\n    - {name: DB_PASSWORD_FILE, value: /run/secrets/db/password}\n"
                      "    volumeMounts:\n    - {name: db, mountPath: /run/secrets/db, "
                      "readOnly: true}\n  volumes:\n  - name: db\n    secret: {secretName: db}\n",
      .fix = "Mount the Secret as a volume and have the application read the file (many "
             "images accept `<NAME>_FILE`).",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "2.0",
      .opt_in = true,
      .kubernetes = true,
  };
}

class SecretInEnvVarRule : public RuleBase {
 public:
  SecretInEnvVarRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      const std::string who = yaml::DescribeContainer(pod, c);
      for (const yaml::EnvVar& e : c.env) {
        if (e.ref_kind != "secretKeyRef") continue;
        yaml::ReportAt(emit, *this, *pod.owner, e.node.KeyPosition("valueFrom"),
                       who + " reads Secret '" + std::string(e.ref_name.scalar()) + "' into " +
                           std::string(e.name.scalar()) + "; mount it as a file instead");
      }
      for (const yaml::EnvFrom& e : c.env_from) {
        if (e.ref_kind != "secretRef") continue;
        yaml::ReportAt(emit, *this, *pod.owner, e.node.KeyPosition("secretRef"),
                       who + " imports every key of Secret '" + std::string(e.ref_name.scalar()) +
                           "' as environment variables; mount it as a file instead");
      }
    });
  }
};

}  // namespace

Status MakeKM035(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<SecretInEnvVarRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
