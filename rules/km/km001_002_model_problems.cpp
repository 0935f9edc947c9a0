// KM001 missing-api-version-or-kind, KM002 invalid-field-type: the problems the YAML
// model found while reading the objects. One file: both only forward
// yaml::File::problems() of their kind.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/model.h"

namespace k8slint::rules {
namespace {

class ModelProblemRule : public RuleBase {
 public:
  ModelProblemRule(RuleMeta meta, yaml::Problem::Kind kind) : RuleBase(std::move(meta)), kind_(kind) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    for (const yaml::Problem& p : file.problems()) {
      if (p.kind != kind_) continue;
      std::string message = p.message;
      if (p.document && !p.document->source_template.empty())
        message += " (from template " + p.document->source_template + ")";
      emit.Report(*this, p.span, std::move(message));
    }
  }

 private:
  yaml::Problem::Kind kind_;
};

}  // namespace

Status MakeKM001(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ModelProblemRule>(
      RuleMeta{
          .id = "KM001",
          .name = "missing-api-version-or-kind",
          .level = Level::kError,
          .aliases = {},
          .kinds = {InputKind::kManifest},
          .summary = "A document of a Kubernetes manifest has no apiVersion or kind",
          .details = "In a YAML file where some document has apiVersion or kind (so the file is "
                     "a Kubernetes manifest), fires on each document or List item that lacks "
                     "either, and on documents that are not maps at all. Files where no document "
                     "has them (GitHub workflows, docker-compose files, other configuration) are "
                     "plain YAML and are not reported. Empty documents (a template that rendered "
                     "nothing) are fine.",
          .rationale = "kubectl apply rejects the whole file (\"Object 'Kind' is missing\"), so "
                       "none of its objects are applied. In rendered charts it usually means a "
                       "template whose condition left only part of an object.",
          .bad_example = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n"
                         "metadata:\n  name: b\ndata:\n  key: value\n",
          .good_example = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n"
                          "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\ndata:\n"
                          "  key: value\n",
          .fix = "Add the missing apiVersion and kind, or remove the fragment.",
          .example_path = "deploy.yaml",
          .tags = {"correctness", "kubernetes"},
      },
      yaml::Problem::Kind::kMissingApiVersionOrKind);
  return Status::Ok();
}

Status MakeKM002(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ModelProblemRule>(
      RuleMeta{
          .id = "KM002",
          .name = "invalid-field-type",
          .level = Level::kError,
          .aliases = {},
          .kinds = {InputKind::kManifest},
          .summary = "A field of a Kubernetes object has the wrong type",
          .details = "Fires where a field that k8slint reads has a type Kubernetes rejects: a "
                     "string or list where a map is expected (`securityContext`, `resources`, "
                     "`metadata.labels`), a map or string where a list is expected "
                     "(`containers`, `ports`, `env`), a list item that is not a map, or a "
                     "quoted number in a number field (`containerPort: \"8080\"`). Only the "
                     "fields of the model are checked; this is not full schema validation.",
          .rationale = "kubectl rejects the object with a decoding error that names no line; "
                       "with Helm it shows only at install time. Other checks cannot see through "
                       "the wrong type, so they stay silent on it.",
          .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                         "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    ports:\n"
                         "    - containerPort: \"8080\"\n",
          .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
                          "  containers:\n  - name: web\n    image: ghcr.io/acme/web:1.4.2\n"
                          "    ports:\n    - containerPort: 8080\n",
          .fix = "Write the field with the type the Kubernetes API expects (see `kubectl "
                 "explain <kind>.<field>`).",
          .example_path = "pod.yaml",
          .tags = {"correctness", "kubernetes"},
      },
      yaml::Problem::Kind::kWrongType);
  return Status::Ok();
}

}  // namespace k8slint::rules
