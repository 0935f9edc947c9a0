// KM033 mismatching-selector: a workload's spec.selector does not select its own pod
// template's labels.
#include <memory>
#include <optional>
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
      .id = "KM033",
      .name = "mismatching-selector",
      .level = Level::kError,
      .aliases = {"kube-linter:mismatching-selector",
                  "kube-score:deployment-pod-selector-labels-match-template-metadata-labels",
                  "kube-score:statefulset-pod-selector-labels-match-template-metadata-labels"},
      .kinds = {InputKind::kManifest},
      .summary = "A workload's spec.selector does not match its pod template's labels",
      .details = "For every workload with a pod template and a `spec.selector` (Deployment, "
                 "StatefulSet, DaemonSet, ReplicaSet, Job, Argo Rollout: matchLabels and "
                 "matchExpressions with In, NotIn, Exists, DoesNotExist; ReplicationController "
                 "and OpenShift DeploymentConfig: a plain label map), fires on the selector "
                 "when the template's labels do not satisfy one of its requirements. A "
                 "templated label or value (`{{ }}`, `${}`) counts as a match. Workloads "
                 "without a selector (a Job's is generated) are skipped.",
      .rationale = "The API server rejects an apps/v1 workload whose selector does not match "
                   "its template (`selector does not match template labels`), so the apply "
                   "fails; for the kinds it does not validate, the controller creates pods it "
                   "then cannot find and keeps creating more.",
      .bad_example = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
                     "  selector:\n    matchLabels: {app: web}\n  template:\n"
                     "    metadata:\n      labels: {app: frontend}\n    spec:\n"
                     "      containers: [{name: web, image: ghcr.io/acme/web:1.4.2}]\n",
      .good_example = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
                      "  selector:\n    matchLabels: {app: web}\n  template:\n"
                      "    metadata:\n      labels: {app: web, tier: frontend}\n    spec:\n"
                      "      containers: [{name: web, image: ghcr.io/acme/web:1.4.2}]\n",
      .fix = "Give the pod template every label the selector asks for (the selector of an "
             "existing Deployment cannot change, so fix the template).",
      .example_path = "deploy.yaml",
      .tags = {"correctness", "kubernetes"},
      .kubernetes = true,
  };
}

bool TemplatedNode(const yaml::Node& n) { return n.templated(); }

// The first requirement of `selector` that `labels` fails, or nullopt when all hold.
std::optional<std::string> MapMismatch(const yaml::Node& selector, const yaml::Node& labels) {
  for (size_t i = 0; i < selector.size(); ++i) {
    const yaml::Node key = selector.KeyAt(i);
    const yaml::Node want = selector.ValueAt(i);
    if (!key.IsScalar() || TemplatedNode(key) || !want.IsScalar() || TemplatedNode(want)) continue;
    const yaml::Node have = labels.Get(key.scalar());
    if (have.IsScalar() && (have.scalar() == want.scalar() || TemplatedNode(have))) continue;
    return std::string(key.scalar()) + ": " + std::string(want.scalar());
  }
  return std::nullopt;
}

bool Contains(const yaml::Node& values, std::string_view v) {
  for (size_t i = 0; i < values.size(); ++i)
    if (values.Item(i).scalar() == v || TemplatedNode(values.Item(i))) return true;
  return false;
}

std::optional<std::string> ExpressionMismatch(const yaml::Node& exprs, const yaml::Node& labels) {
  for (size_t i = 0; i < exprs.size(); ++i) {
    const yaml::Node e = exprs.Item(i);
    const yaml::Node key = e.Get("key");
    const std::string_view op = e.Get("operator").scalar();
    const yaml::Node values = e.Get("values");
    if (!key.IsScalar() || TemplatedNode(key) || TemplatedNode(e.Get("operator")) ||
        TemplatedNode(values))
      continue;
    const yaml::Node have = labels.Get(key.scalar());
    if (have.valid() && TemplatedNode(have)) continue;
    const bool has = have.IsScalar();
    bool ok = true;
    if (op == "In") ok = has && Contains(values, have.scalar());
    else if (op == "NotIn") ok = !has || !Contains(values, have.scalar());
    else if (op == "Exists") ok = has;
    else if (op == "DoesNotExist") ok = !has;
    if (!ok) return std::string(key.scalar()) + " " + std::string(op);
  }
  return std::nullopt;
}

class MismatchingSelectorRule : public RuleBase {
 public:
  MismatchingSelectorRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    for (const yaml::PodSpec& pod : file.pods()) {
      const yaml::Object& o = *pod.owner;
      if (o.Is("Pod") || o.Is("CronJob") || pod.partial) continue;
      const yaml::Node spec = o.node.Get("spec");
      const yaml::Node selector = spec.Get("selector");
      if (!selector.IsMap() || selector.size() == 0) continue;
      const yaml::Node labels = pod.labels;
      if (labels.valid() && TemplatedNode(labels)) continue;
      std::optional<std::string> miss;
      if (o.Is("ReplicationController") || o.Is("DeploymentConfig")) {
        miss = MapMismatch(selector, labels);
      } else {
        if (selector.Get("matchLabels").templated()) continue;
        if (const yaml::Node ml = selector.Get("matchLabels"); ml.IsMap())
          miss = MapMismatch(ml, labels);
        if (const yaml::Node me = selector.Get("matchExpressions"); !miss && me.IsSequence())
          miss = ExpressionMismatch(me, labels);
      }
      if (!miss) continue;
      yaml::ReportAt(emit, *this, o, spec.KeyPosition("selector"),
                     o.Describe() + "'s selector requires " + *miss +
                         ", which its pod template's labels do not satisfy");
    }
  }
};

}  // namespace

Status MakeKM033(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MismatchingSelectorRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
