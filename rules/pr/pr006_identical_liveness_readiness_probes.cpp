// PR006 identical-liveness-readiness-probes: both probes check the same thing.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PR006",
      .name = "identical-liveness-readiness-probes",
      .level = Level::kWarning,
      .aliases = {"kube-score:pod-probes-identical"},
      .kinds = {InputKind::kManifest},
      .summary = "A container's liveness and readiness probes check the same endpoint",
      .details = "Fires on the readinessProbe when it uses the same handler as the livenessProbe "
                 "with the same target: httpGet with the same path and port, tcpSocket or grpc "
                 "with the same port, or exec with the same command. Timings are not compared.",
      .rationale = "Readiness answers \"send me traffic?\", liveness \"restart me?\". When both "
                   "ask the same question, a pod that is merely busy or waiting for a dependency "
                   "gets restarted instead of being taken out of the load balancer, which turns "
                   "a slowdown into an outage.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    livenessProbe:\n"
                     "      httpGet: {path: /health, port: 8080}\n    readinessProbe:\n"
                     "      httpGet: {path: /health, port: 8080}\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    livenessProbe:\n"
                      "      httpGet: {path: /healthz, port: 8080}\n    readinessProbe:\n"
                      "      httpGet: {path: /ready, port: 8080}\n",
      .fix = "Give liveness a cheap self-check (is the process responsive?) and readiness a "
             "check of whether the pod can serve (dependencies reachable, warm-up done).",
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes"},
      .kubernetes = true,
  };
}

// The scalar items of an exec command, joined: commands are short lists of strings.
std::string Command(const yaml::Probe& p) {
  const yaml::Node cmd = p.handler_node.Get("command");
  std::string out;
  for (size_t i = 0; i < cmd.size(); ++i) {
    out += cmd.Item(i).scalar();
    out += '\0';
  }
  return out;
}

bool SameTarget(const yaml::Probe& a, const yaml::Probe& b) {
  if (a.handler.empty() || a.handler != b.handler) return false;
  if (a.handler == "exec") return Command(a) == Command(b);
  return a.port.scalar() == b.port.scalar() && a.path.scalar() == b.path.scalar();
}

class IdenticalProbesRule : public RuleBase {
 public:
  IdenticalProbesRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      if (!c.liveness.present() || !c.readiness.present()) return;
      if (!SameTarget(c.liveness, c.readiness)) return;
      yaml::ReportAt(emit, *this, *pod.owner, c.node.KeyPosition("readinessProbe"),
                     "readinessProbe of " + yaml::DescribeContainer(pod, c) + " checks the same " +
                         std::string(c.readiness.handler) + " target as its livenessProbe (line " +
                         std::to_string(c.node.KeyPosition("livenessProbe").line) + ")");
    });
  }
};

}  // namespace

Status MakePR006(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<IdenticalProbesRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
