// KM001 missing-api-version-or-kind: a document of a Kubernetes manifest has no apiVersion or
// kind, as the YAML model found while reading the objects.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/km/model_problem_check.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "KM001",
      .name = "missing-api-version-or-kind",
      .level = Level::kError,
      .aliases = {},
      .kinds = {InputKind::kManifest},
      .summary = "A document of a Kubernetes manifest has no apiVersion or kind",
      .details = "In a YAML file where some document is shaped like a Kubernetes object (a "
                 "`kind`, or an apiVersion such as `v1` or `apps/v1` beside metadata, spec or "
                 "data), fires on each document or List item that lacks apiVersion or kind, "
                 "and on documents that are not maps at all. Other YAML is not reported: "
                 "Grafana provisioning (`apiVersion: 1`), a Helm repository index.yaml, "
                 "kustomization files, docker-compose files, GitHub workflows and Helm values "
                 "files (`values*.yaml`, `*-values.yaml`, a chart's `ci/` values) whatever "
                 "they hold. Empty documents (a template that rendered nothing) are fine.",
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
      .kubernetes = true,
      .reads_every_yaml_document = true,
  };
}

}  // namespace

Status MakeKM001(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ModelProblemRule>(Meta(), yaml::Problem::Kind::kMissingApiVersionOrKind);
  return Status::Ok();
}

}  // namespace k8slint::rules
