// RS007 resource-out-of-bounds: a cpu or memory request or limit lies outside the
// bounds policy (configurable; defaults in code).
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/quantity.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

constexpr std::string_view kMinCpu = "10m", kMaxCpu = "16", kMinMemory = "16Mi",
                           kMaxMemory = "64Gi";

RuleMeta Meta() {
  return RuleMeta{
      .id = "RS007",
      .name = "resource-out-of-bounds",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {InputKind::kManifest},
      .summary = "A cpu or memory request or limit is outside the configured bounds",
      .details = "Compares every cpu and memory value of resources.requests and resources.limits "
                 "of containers and init containers with the bounds policy: a value below the "
                 "minimum or above the maximum fires at that value. Set the bounds with the rule "
                 "parameters; an empty parameter disables that bound, a malformed one is a "
                 "configuration error.",
      .rationale = "Values far outside the usual range are almost always unit slips: `memory: "
                   "512m` is half a byte, `cpu: 500` is five hundred cores. They either make the "
                   "pod unschedulable or get it OOM-killed at once.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
                     "      requests: {cpu: 100m, memory: 512m}\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    resources:\n"
                      "      requests: {cpu: 100m, memory: 512Mi}\n",
      .fix = "Correct the unit, or adjust the bounds in the configuration if the value is meant.",
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes"},
      .params = {{"min-cpu", kMinCpu, "smallest cpu request or limit allowed"},
                 {"max-cpu", kMaxCpu, "largest cpu request or limit allowed"},
                 {"min-memory", kMinMemory, "smallest memory request or limit allowed"},
                 {"max-memory", kMaxMemory, "largest memory request or limit allowed"}},
      .kubernetes = true,
  };
}

struct Bound {
  std::optional<double> value;
  std::string text;
};

Status ReadBound(const Config& config, std::string_view name, std::string_view fallback, Bound* b) {
  b->text = config.Param("RS007", std::string(name), std::string(fallback));
  if (b->text.empty()) return Status::Ok();
  b->value = yaml::ParseQuantity(b->text);
  if (!b->value)
    return Status::Config("RS007: " + std::string(name) + " must be a Kubernetes quantity, not '" +
                          b->text + "'");
  return Status::Ok();
}

class ResourceOutOfBoundsRule : public RuleBase {
 public:
  ResourceOutOfBoundsRule(Bound min_cpu, Bound max_cpu, Bound min_memory, Bound max_memory)
      : RuleBase(Meta()), cpu_{std::move(min_cpu), std::move(max_cpu)},
        memory_{std::move(min_memory), std::move(max_memory)} {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      for (const yaml::Node* section : {&c.requests, &c.limits}) {
        const char* kind = section == &c.requests ? "request" : "limit";
        Check(emit, pod, c, section->Get("cpu"), "cpu", kind, cpu_);
        Check(emit, pod, c, section->Get("memory"), "memory", kind, memory_);
      }
    });
  }

 private:
  void Check(Emitter& emit, const yaml::PodSpec& pod, const yaml::Container& c, yaml::Node v,
             std::string_view resource, const char* kind, const Bound (&bounds)[2]) const {
    const auto q = yaml::ParseQuantity(v.scalar());
    if (!q) return;
    const bool low = bounds[0].value && *q < *bounds[0].value;
    const bool high = bounds[1].value && *q > *bounds[1].value;
    if (!low && !high) return;
    yaml::ReportAt(
        emit, *this, *pod.owner, v.span(),
        std::string(resource) + " " + kind + " " + std::string(v.scalar()) + " of " +
            yaml::DescribeContainer(pod, c) + " is " +
            (low ? "below the minimum " + bounds[0].text : "above the maximum " + bounds[1].text) +
            (resource == "memory" && low && v.scalar().ends_with("m")
                 ? " ('m' is milli-bytes: did you mean Mi?)"
                 : ""));
  }

  Bound cpu_[2];
  Bound memory_[2];
};

}  // namespace

Status MakeRS007(const Config& config, std::unique_ptr<Rule>* out) {
  Bound b[4];
  const std::string_view names[4] = {"min-cpu", "max-cpu", "min-memory", "max-memory"};
  const std::string_view defaults[4] = {kMinCpu, kMaxCpu, kMinMemory, kMaxMemory};
  for (int i = 0; i < 4; ++i)
    if (Status s = ReadBound(config, names[i], defaults[i], &b[i]); !s.ok()) return s;
  *out = std::make_unique<ResourceOutOfBoundsRule>(b[0], b[1], b[2], b[3]);
  return Status::Ok();
}

}  // namespace k8slint::rules
