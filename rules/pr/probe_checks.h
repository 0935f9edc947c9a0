// The checks the probe rules share, one class per shape, each parametrised by the
// container's probe field:
//   MissingProbeRule  PR001 (livenessProbe), PR002 (readinessProbe)
//   ProbePortRule     PR003 (livenessProbe), PR004 (readinessProbe), PR005 (startupProbe)
#pragma once

#include <string_view>

#include "linter/core/rule_base.h"
#include "linter/models/yaml/model.h"

namespace k8slint::rules {

// A regular container of a long-running workload has no `key` probe.
class MissingProbeRule : public RuleBase {
 public:
  MissingProbeRule(RuleMeta meta, yaml::Probe yaml::Container::*probe, std::string_view key)
      : RuleBase(std::move(meta)), probe_(probe), key_(key) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override;

 private:
  yaml::Probe yaml::Container::*probe_;
  std::string_view key_;
};

// The `key` probe targets a port name the container does not declare, or a port number
// missing from the ports the container lists.
// What PR003-PR005 say alike: the checks differ only in the probe they read.
inline constexpr std::string_view kProbePortDetails =
    "Reads the port of the probe's httpGet, tcpSocket or grpc handler. A port name "
    "must be the name of one of the container's ports. A port number is reported only "
    "when the container lists ports and none has that containerPort (an undeclared "
    "number still works, but usually means the probe and the server disagree). An httpGet, "
    "tcpSocket or grpc probe aimed at a port the container declares only with protocol UDP "
    "is reported too: those probes connect over TCP (kube-linter's liveness-port, "
    "readiness-port and startup-port do the same).";
inline constexpr std::string_view kProbePortRationale =
    "A probe on a port name the container does not define fails every time: the "
    "kubelet restarts the container in a loop (liveness, startup) or never sends it "
    "traffic (readiness).";
inline constexpr std::string_view kProbePortFix =
    "Point the probe at a declared port (by its name or containerPort), or declare the "
    "port in the container's ports.";

class ProbePortRule : public RuleBase {
 public:
  ProbePortRule(RuleMeta meta, yaml::Probe yaml::Container::*probe, std::string_view key)
      : RuleBase(std::move(meta)), probe_(probe), key_(key) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override;

 private:
  yaml::Probe yaml::Container::*probe_;
  std::string_view key_;
};

}  // namespace k8slint::rules
