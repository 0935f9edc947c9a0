// PR003 liveness-port-undeclared, PR004 readiness-port-undeclared, PR005
// startup-port-undeclared: a probe targets a port the container does not declare.
// One file for three ids that mirror kube-linter's liveness-port, readiness-port and
// startup-port one to one.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

class ProbePortRule : public RuleBase {
 public:
  ProbePortRule(RuleMeta meta, yaml::Probe yaml::Container::*probe, std::string_view key)
      : RuleBase(std::move(meta)), probe_(probe), key_(key) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      const yaml::Probe& p = c.*probe_;
      if (!p.present() || !p.port.IsScalar() || c.FindPort(p.port)) return;
      const bool named = !p.port.AsInt().has_value();
      // A numeric port works without a declaration; only flag it when the container
      // lists its ports and this one is not among them.
      if (!named && c.ports.empty()) return;
      yaml::ReportAt(emit, *this, *pod.owner, p.port.span(),
                     std::string(key_) + " of " + yaml::DescribeContainer(pod, c) + " uses " +
                         (named ? "port name '" : "port ") + std::string(p.port.scalar()) +
                         (named ? "'" : "") + ", which the container does not declare in ports");
    });
  }

 private:
  yaml::Probe yaml::Container::*probe_;
  std::string_view key_;
};

constexpr std::string_view kDetails =
    "Reads the port of the probe's httpGet, tcpSocket or grpc handler. A port name must be the "
    "name of one of the container's ports. A port number is reported only when the container "
    "lists ports and none has that containerPort (an undeclared number still works, but usually "
    "means the probe and the server disagree).";
constexpr std::string_view kRationale =
    "A probe on a port name the container does not define fails every time: the kubelet "
    "restarts the container in a loop (liveness, startup) or never sends it traffic "
    "(readiness).";

RuleMeta ProbeMeta(std::string_view id, std::string_view name, std::string_view alias,
                   std::string_view summary, std::string_view probe) {
  static const std::string bad[] = {
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n"
      "    image: ghcr.io/acme/web:1.4.2\n    ports:\n    - {name: http, containerPort: 8080}\n"
      "    livenessProbe:\n      httpGet: {path: /healthz, port: web}\n",
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n"
      "    image: ghcr.io/acme/web:1.4.2\n    ports:\n    - {name: http, containerPort: 8080}\n"
      "    readinessProbe:\n      tcpSocket: {port: 80}\n",
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n"
      "    image: ghcr.io/acme/web:1.4.2\n    ports:\n    - {name: http, containerPort: 8080}\n"
      "    startupProbe:\n      httpGet: {path: /healthz, port: web}\n"};
  static const std::string good[] = {
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n"
      "    image: ghcr.io/acme/web:1.4.2\n    ports:\n    - {name: http, containerPort: 8080}\n"
      "    livenessProbe:\n      httpGet: {path: /healthz, port: http}\n",
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n"
      "    image: ghcr.io/acme/web:1.4.2\n    ports:\n    - {name: http, containerPort: 8080}\n"
      "    readinessProbe:\n      tcpSocket: {port: 8080}\n",
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n"
      "    image: ghcr.io/acme/web:1.4.2\n    ports:\n    - {name: http, containerPort: 8080}\n"
      "    startupProbe:\n      httpGet: {path: /healthz, port: http}\n"};
  const size_t i = probe == "liveness" ? 0 : probe == "readiness" ? 1 : 2;
  return RuleMeta{
      .id = id,
      .name = name,
      .level = Level::kError,
      .aliases = {alias},
      .kinds = {InputKind::kManifest},
      .summary = summary,
      .details = kDetails,
      .rationale = kRationale,
      .bad_example = bad[i],
      .good_example = good[i],
      .fix = "Point the probe at a declared port (by its name or containerPort), or declare the "
             "port in the container's ports.",
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes"},
  };
}

}  // namespace

Status MakePR003(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ProbePortRule>(
      ProbeMeta("PR003", "liveness-port-undeclared", "kube-linter:liveness-port",
                "A livenessProbe targets a port the container does not declare", "liveness"),
      &yaml::Container::liveness, "livenessProbe");
  return Status::Ok();
}

Status MakePR004(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ProbePortRule>(
      ProbeMeta("PR004", "readiness-port-undeclared", "kube-linter:readiness-port",
                "A readinessProbe targets a port the container does not declare", "readiness"),
      &yaml::Container::readiness, "readinessProbe");
  return Status::Ok();
}

Status MakePR005(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ProbePortRule>(
      ProbeMeta("PR005", "startup-port-undeclared", "kube-linter:startup-port",
                "A startupProbe targets a port the container does not declare", "startup"),
      &yaml::Container::startup, "startupProbe");
  return Status::Ok();
}

}  // namespace k8slint::rules
