// PT005 node-port-out-of-range: a nodePort outside the cluster's NodePort range.
#include <cstdint>
#include <charconv>
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

constexpr std::string_view kDefaultRange = "30000-32767";

RuleMeta Meta() {
  return RuleMeta{
      .id = "PT005",
      .name = "node-port-out-of-range",
      .level = Level::kError,
      .aliases = {},
      .kinds = {InputKind::kManifest},
      .summary = "A Service nodePort is outside the cluster's NodePort range",
      .details = "Fires on a Service port's nodePort outside `node-port-range` (default "
                 "30000-32767, the API server's --service-node-port-range default). `nodePort: 0` "
                 "is not a port: the API server reads it as unset and allocates one from the "
                 "range, so charts write it as the default (`nodePort: {{ .Values.nodePort | "
                 "default 0 }}`) and it is not reported.",
      .rationale = "The API server refuses a nodePort outside its range (\"provided port is not "
                   "in the valid range\"), so the Service is never created.",
      .bad_example = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                     "  type: NodePort\n  selector: {app: web}\n"
                     "  ports:\n  - {port: 80, targetPort: 8080, nodePort: 8080}\n",
      .good_example = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                      "  type: NodePort\n  selector: {app: web}\n"
                      "  ports:\n  - {port: 80, targetPort: 8080, nodePort: 30080}\n",
      .fix = "Pick a nodePort inside the range, or omit it and let Kubernetes allocate one.",
      .example_path = "service.yaml",
      .tags = {"correctness", "kubernetes"},
      .params = {{"node-port-range", kDefaultRange, "allowed nodePort range, `low-high`"}},
      .kubernetes = true,
  };
}

class NodePortOutOfRangeRule : public RuleBase {
 public:
  NodePortOutOfRangeRule(int64_t low, int64_t high) : RuleBase(Meta()), low_(low), high_(high) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    for (const yaml::Service& s : file.services()) {
      for (const yaml::ServicePort& p : s.ports) {
        const std::optional<int64_t> v = p.node_port.AsInt();
        // 0 is the API's "unset": the server allocates a port from its range.
        if (!v || *v == 0 || (*v >= low_ && *v <= high_)) continue;
        yaml::ReportAt(emit, *this, *s.owner, p.node_port.span(),
                       s.owner->Describe() + ": nodePort " + std::to_string(*v) +
                           " is outside the NodePort range " + std::to_string(low_) + "-" +
                           std::to_string(high_));
      }
    }
  }

 private:
  int64_t low_, high_;
};

bool ParseRange(const std::string& text, int64_t* low, int64_t* high) {
  const size_t dash = text.find('-');
  if (dash == std::string::npos) return false;
  const char* b = text.data();
  return std::from_chars(b, b + dash, *low).ec == std::errc() &&
         std::from_chars(b + dash + 1, b + text.size(), *high).ec == std::errc() && *low <= *high;
}

}  // namespace

Status MakePT005(const Config& config, std::unique_ptr<Rule>* out) {
  int64_t low = 0, high = 0;
  const std::string range = config.Param("PT005", "node-port-range", std::string(kDefaultRange));
  if (!ParseRange(range, &low, &high))
    return Status::Config("PT005: node-port-range must be LOW-HIGH, not '" + range + "'");
  *out = std::make_unique<NodePortOutOfRangeRule>(low, high);
  return Status::Ok();
}

}  // namespace k8slint::rules
