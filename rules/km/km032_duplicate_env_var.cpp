// KM032 duplicate-env-var: a container sets the same environment variable twice.
#include <memory>
#include <string>
#include <unordered_map>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "KM032",
      .name = "duplicate-env-var",
      .level = Level::kWarning,
      .aliases = {"kube-linter:duplicate-env-var",
                  "kube-score:environment-variable-key-duplication"},
      .kinds = {InputKind::kManifest},
      .summary = "A container's env lists the same variable name twice",
      .details = "Fires on every `env[].name` of a container, init or ephemeral container that "
                 "an earlier entry of the same container's env already names (each repeat, with "
                 "the line of the first). envFrom is not compared: a later env entry "
                 "overriding an imported key is how envFrom is meant to be used.",
      .rationale = "Kubernetes keeps the last entry and silently drops the others, so the "
                   "value a reader sees first is not the one the application gets; `kubectl "
                   "apply` also merges env lists by name, and a duplicate name makes later "
                   "patches remove or keep the wrong entry.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n"
                     "  - name: api\n    image: ghcr.io/acme/api:2.3.1\n    env:\n"
                     "    - {name: LOG_LEVEL, value: info}\n    - {name: PORT, value: \"8080\"}\n"
                     "    - {name: LOG_LEVEL, value: debug}\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n"
                      "  containers:\n  - name: api\n    image: ghcr.io/acme/api:2.3.1\n"
                      "    env:\n    - {name: LOG_LEVEL, value: debug}\n"
                      "    - {name: PORT, value: \"8080\"}\n",
      .fix = "Keep one entry per name, with the value the container should get.",
      .example_path = "pod.yaml",
      .tags = {"correctness", "kubernetes"},
      .kubernetes = true,
  };
}

class DuplicateEnvVarRule : public RuleBase {
 public:
  DuplicateEnvVarRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      std::unordered_map<std::string_view, const yaml::EnvVar*> seen;
      for (const yaml::EnvVar& e : c.env) {
        if (!e.name.IsScalar() || e.name.templated() || e.name.scalar().empty()) continue;
        auto [it, fresh] = seen.emplace(e.name.scalar(), &e);
        if (fresh) continue;
        yaml::ReportAt(emit, *this, *pod.owner, e.name.span(),
                       yaml::DescribeContainer(pod, c) + " sets " + std::string(e.name.scalar()) +
                           " again (first on line " +
                           std::to_string(it->second->name.position().line) +
                           "); only the last entry takes effect");
      }
    });
  }
};

}  // namespace

Status MakeKM032(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<DuplicateEnvVarRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
