// NR014 dangerous-capability-added: capabilities.add grants a capability that allows
// escaping the container or controlling the node.
#include <algorithm>
#include <array>
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

// Capabilities that are root-equivalent or reach outside the container.
constexpr std::array<std::string_view, 14> kDangerous = {
    "ALL",       "SYS_ADMIN", "NET_ADMIN",    "SYS_PTRACE",      "SYS_MODULE",
    "SYS_RAWIO", "SYS_BOOT",  "SYS_TIME",     "DAC_READ_SEARCH", "BPF",
    "PERFMON",   "MAC_ADMIN", "MAC_OVERRIDE", "NET_RAW"};

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR014",
      .name = "dangerous-capability-added",
      .level = Level::kError,
      .aliases = {},
      .kinds = {InputKind::kManifest},
      .summary = "A container adds a Linux capability that lets it escape or control the node",
      .details =
          "Fires on each entry of `securityContext.capabilities.add` that is ALL, SYS_ADMIN, "
          "NET_ADMIN, SYS_PTRACE, SYS_MODULE, SYS_RAWIO, SYS_BOOT, SYS_TIME, "
          "DAC_READ_SEARCH, BPF, PERFMON, MAC_ADMIN, MAC_OVERRIDE or NET_RAW (with or "
          "without the CAP_ prefix, any case).",
      .rationale = "These capabilities are close to root on the node: SYS_ADMIN alone allows "
                   "mounting filesystems and most known container escapes; NET_RAW allows ARP and "
                   "DNS spoofing inside the cluster network.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: nginx:1.27\n    securityContext:\n"
                     "      capabilities:\n        add: [SYS_ADMIN]\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: nginx:1.27\n    securityContext:\n"
                      "      capabilities:\n        drop: [ALL]\n        add: [NET_BIND_SERVICE]\n",
      .fix = "Remove the capability; if a port below 1024 is the reason, add only "
             "NET_BIND_SERVICE or listen on a higher port.",
      .example_path = "pod.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "8.0",
      .kubernetes = true,
  };
}

class DangerousCapabilityRule : public RuleBase {
 public:
  DangerousCapabilityRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      const yaml::Node add = c.security_context.At({"capabilities", "add"});
      for (size_t i = 0; i < add.size(); ++i) {
        std::string cap(add.Item(i).scalar());
        std::transform(cap.begin(), cap.end(), cap.begin(), ::toupper);
        if (cap.starts_with("CAP_")) cap.erase(0, 4);
        if (std::find(kDangerous.begin(), kDangerous.end(), cap) == kDangerous.end()) continue;
        yaml::ReportAt(emit, *this, *pod.owner, add.Item(i).span(),
                       yaml::DescribeContainer(pod, c) + " adds capability " + cap +
                           ", which gives near-root control of the node");
      }
    });
  }
};

}  // namespace

Status MakeNR014(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<DangerousCapabilityRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
