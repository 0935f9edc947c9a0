// PR007 slow-start-without-startup-probe: a long liveness initialDelaySeconds stands
// in for a startupProbe.
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

constexpr std::string_view kDefaultDelay = "60";

RuleMeta Meta() {
  return RuleMeta{
      .id = "PR007",
      .name = "slow-start-without-startup-probe",
      .level = Level::kNote,
      .aliases = {},
      .kinds = {InputKind::kManifest},
      .summary = "A long liveness initialDelaySeconds is used instead of a startupProbe",
      .details = "Fires on the livenessProbe's initialDelaySeconds when it is at least "
                 "`min-initial-delay` seconds (default 60) and the container has no startupProbe.",
      .rationale = "A fixed delay is both too long (every restart waits for it, even when the "
                   "app is up in 5 s) and too short (a slow start under load still gets killed). "
                   "A startupProbe holds liveness off exactly until the app has started.",
      .bad_example =
          "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
          "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    livenessProbe:\n"
          "      httpGet: {path: /healthz, port: 8080}\n      initialDelaySeconds: 120\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    startupProbe:\n"
                      "      httpGet: {path: /healthz, port: 8080}\n      failureThreshold: 30\n"
                      "      periodSeconds: 5\n    livenessProbe:\n"
                      "      httpGet: {path: /healthz, port: 8080}\n",
      .fix = "Add a startupProbe (same check, failureThreshold x periodSeconds covering the "
             "slowest start) and drop initialDelaySeconds from the livenessProbe.",
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes"},
      .params = {{"min-initial-delay", kDefaultDelay,
                  "initialDelaySeconds (seconds) from which a startupProbe is suggested"}},
      .kubernetes = true,
  };
}

class SlowStartRule : public RuleBase {
 public:
  explicit SlowStartRule(int64_t min_delay) : RuleBase(Meta()), min_delay_(min_delay) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      if (!c.liveness.present() || c.startup.present() || pod.partial) return;
      const yaml::Node delay = c.liveness.node.Get("initialDelaySeconds");
      if (delay.AsInt().value_or(0) < min_delay_) return;
      yaml::ReportAt(emit, *this, *pod.owner, delay.span(),
                     "livenessProbe of " + yaml::DescribeContainer(pod, c) + " waits " +
                         std::string(delay.scalar()) +
                         " s before its first check; use a startupProbe instead");
    });
  }

 private:
  int64_t min_delay_;
};

}  // namespace

Status MakePR007(const Config& config, std::unique_ptr<Rule>* out) {
  const std::string v = config.Param("PR007", "min-initial-delay", std::string(kDefaultDelay));
  int64_t delay = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), delay);
  if (ec != std::errc() || end != v.data() + v.size() || delay < 0)
    return Status::Config("PR007: min-initial-delay must be a number of seconds, not '" + v + "'");
  *out = std::make_unique<SlowStartRule>(delay);
  return Status::Ok();
}

}  // namespace k8slint::rules
