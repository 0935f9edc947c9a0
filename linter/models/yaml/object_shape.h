// Which YAML is Kubernetes: a manifest-kind file is read as objects only when its name
// and shape say so. apiVersion and kind are common words in other tools' YAML
// (Grafana provisioning `apiVersion: 1`, Helm's repository index.yaml, kustomize,
// docker-compose, GitHub workflows, Helm values), and reading those as objects
// reports every document as missing its kind (KM001). See docs/not-kubernetes.md.
#pragma once

#include <string_view>

#include "linter/models/yaml/tree.h"

namespace k8slint::yaml {

// Files whose name says they belong to another tool: kustomization.yaml, docker-compose
// and compose files, GitHub workflows, Helm values files (`values*.yaml`,
// `*-values.yaml`, a chart's `ci/*-values.yaml`) wherever they are.
bool OtherToolByPath(std::string_view path);

// A document root shaped like a Kubernetes object: a map with a `kind`, or with an
// apiVersion spelled as Kubernetes spells them (`v1`, `apps/v1`, `x.io/v1beta2`)
// beside an object section (metadata, spec, data, ...).
bool LooksLikeObject(const Node& root);

}  // namespace k8slint::yaml
