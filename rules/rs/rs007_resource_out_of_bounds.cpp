// RS007 resource-out-of-bounds: a cpu or memory request or limit lies outside the
// bounds policy (configurable; defaults in code).
#include "linter/emitter.h"
#include "linter/rule_base.h"
#include "linter/yaml/quantity.h"
#include "linter/yaml/queries.h"
#include "rules/rs/rs_rules.h"

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
                 "parameters; an empty parameter disables that bound, a malformed one keeps the "
                 "default.",
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
  };
}

struct Bound {
  std::optional<double> value;
  std::string text;
};

Bound ReadBound(const Config& config, std::string_view name, std::string_view fallback) {
  Bound b;
  b.text = config.Param("RS007", std::string(name), std::string(fallback));
  if (b.text.empty()) return b;
  b.value = yaml::ParseQuantity(b.text);
  if (!b.value) {  // family builders cannot report config errors: keep the default
    b.text = std::string(fallback);
    b.value = yaml::ParseQuantity(b.text);
  }
  return b;
}

class ResourceOutOfBoundsRule : public RuleBase {
 public:
  explicit ResourceOutOfBoundsRule(const Config& config)
      : RuleBase(Meta()),
        cpu_{ReadBound(config, "min-cpu", kMinCpu), ReadBound(config, "max-cpu", kMaxCpu)},
        memory_{ReadBound(config, "min-memory", kMinMemory),
                ReadBound(config, "max-memory", kMaxMemory)} {}

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
    yaml::ReportAt(emit, *this, *pod.owner, v.span(),
                   std::string(resource) + " " + kind + " " + std::string(v.scalar()) + " of " +
                       yaml::DescribeContainer(pod, c) + " is " +
                       (low ? "below the minimum " + bounds[0].text
                            : "above the maximum " + bounds[1].text) +
                       (resource == "memory" && low && v.scalar().ends_with("m")
                            ? " ('m' is milli-bytes: did you mean Mi?)"
                            : ""));
  }

  Bound cpu_[2];
  Bound memory_[2];
};

}  // namespace

std::unique_ptr<Rule> NewResourceOutOfBoundsRule(const Config& config) {
  return std::make_unique<ResourceOutOfBoundsRule>(config);
}

}  // namespace k8slint::rules
