// KM002 invalid-field-type: a field of a Kubernetes object has a type Kubernetes rejects, as
// the YAML model found while reading the objects.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/km/model_problem_check.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
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
                 "fields of the model are checked; this is not full schema validation. A "
                 "template expression written as the value (`port: {{ .Port }}`, "
                 "`\"${PORT}\"`) has no type until it is rendered and is not reported.",
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
      .kubernetes = true,
      .reads_every_yaml_document = true,
  };
}

}  // namespace

Status MakeKM002(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ModelProblemRule>(Meta(), yaml::Problem::Kind::kWrongType);
  return Status::Ok();
}

}  // namespace k8slint::rules
