// KM052 invalid-replica-count: replicaCount (values) or spec.replicas (manifests) is not
// a whole number of zero or more.
#include <charconv>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "KM052",
      .name = "invalid-replica-count",
      .level = Level::kError,
      .aliases = {},
      .kinds = {InputKind::kManifest, InputKind::kValues},
      .summary = "A replica count (replicaCount, spec.replicas) is negative or not a whole number",
      .details =
          "Fires at `spec.replicas` of a Deployment, StatefulSet, ReplicaSet, "
          "ReplicationController, OpenShift DeploymentConfig or Argo Rollout, and at "
          "`replicaCount` of a Helm values scope, when the value is negative, has a "
          "fraction (`1.5`, `2.0`), is not a number (`two`, `true`, a map), or, in a "
          "manifest, is a quoted number (`\"3\"`: the API server rejects a string). In a "
          "values file a quoted number is fine, because the template writes it unquoted "
          "(`replicas: {{ .Values.replicaCount }}`). `0` is not reported: a Deployment scaled "
          "to zero is valid and common (a paused environment, a worker waiting for KEDA). "
          "An empty value means the default of 1, and template expressions are not judged.",
      .rationale = "The API server rejects the object (`spec.replicas: Invalid value: -1: "
                   "must be greater than or equal to 0`, or a decoding error that names no "
                   "line); with Helm this shows only at install time, after review.",
      .bad_example = "replicaCount: -1\nimage:\n  repository: ghcr.io/acme/web\n"
                     "  tag: \"1.4.2\"\n",
      .good_example = "replicaCount: 2\nimage:\n  repository: ghcr.io/acme/web\n"
                      "  tag: \"1.4.2\"\n",
      .fix = "Write a whole number of 0 or more, unquoted in manifests.",
      .example_path = "values.yaml",
      .tags = {"correctness", "kubernetes", "helm"},
      .kubernetes = true,
  };
}

bool HasReplicas(const yaml::Object& o) {
  for (const char* kind : {"Deployment", "StatefulSet", "ReplicaSet", "ReplicationController",
                           "DeploymentConfig", "Rollout"})
    if (o.Is(kind)) return true;
  return false;
}

std::optional<int64_t> WholeNumber(std::string_view text) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  int64_t n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return n;
}

// Why `n` is not a replica count, or "" when it is one (or cannot be judged).
std::string ReplicaProblem(const yaml::Node& n, bool in_values) {
  if (!n.HasValue() || n.templated() || (n.IsScalar() && n.scalar().empty())) return "";
  if (!n.IsScalar()) return "is " + std::string(n.TypeName()) + ", not a number";
  std::optional<int64_t> count = n.quoted() ? std::nullopt : n.AsInt();
  if (!count) count = WholeNumber(n.scalar());
  if (!count) return "'" + std::string(n.scalar()) + "' is not a whole number";
  if (n.quoted() && !in_values)
    return "is the string \"" + std::string(n.scalar()) + "\"; the API server needs a number";
  if (*count < 0) return "is negative (" + std::to_string(*count) + ")";
  return "";
}

class InvalidReplicaCountRule : public RuleBase {
 public:
  InvalidReplicaCountRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    for (const yaml::Values& v : file.value_scopes())
      if (std::string why = ReplicaProblem(v.replica_count, true); !why.empty())
        emit.Report(*this, v.replica_count.span(), v.prefix + "replicaCount " + why);
    for (const yaml::Object& o : file.objects()) {
      if (!HasReplicas(o)) continue;
      const yaml::Node replicas = o.node.At({"spec", "replicas"});
      if (std::string why = ReplicaProblem(replicas, false); !why.empty())
        yaml::ReportAt(emit, *this, o, replicas.span(),
                       "spec.replicas of " + o.Describe() + " " + why);
    }
  }
};

}  // namespace

Status MakeKM052(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<InvalidReplicaCountRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
