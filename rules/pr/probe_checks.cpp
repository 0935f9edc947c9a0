#include "rules/pr/probe_checks.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

#include "linter/core/emitter.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {

void MissingProbeRule::CheckYaml(const yaml::File& file, Emitter& emit) const {
  // A Service of the file that sends the pod traffic: what makes a missing readiness
  // probe drop requests (kube-score's pod-probes asks for one only then).
  std::unordered_map<const yaml::PodSpec*, const yaml::Service*> served;
  if (key_ == "readinessProbe")
    for (const yaml::Service& s : file.services())
      for (const yaml::PodSpec* pod : file.Selected(s.selector, *s.owner)) served.emplace(pod, &s);
  yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
    if (!pod.long_running || c.role != yaml::ContainerRole::kContainer || pod.partial) return;
    if ((c.*probe_).present() || yaml::TemplatedSection(c, key_)) return;
    std::string message = yaml::DescribeContainer(pod, c) + " has no " + std::string(key_);
    if (auto it = served.find(&pod); it != served.end())
      message +=
          ", yet " + it->second->owner->Describe() + " sends it traffic from the moment it starts";
    yaml::ReportAt(emit, *this, *pod.owner, c.where(), std::move(message));
  });
}

namespace {

// Every port of `c` that `port` names (by number or name) is UDP: httpGet, tcpSocket and
// grpc probes connect over TCP, so the probe reaches nothing.
bool OnlyUdp(const yaml::Container& c, const yaml::Node& port) {
  const std::optional<int64_t> n = port.AsInt();
  bool any = false;
  for (const yaml::ContainerPort& cp : c.ports) {
    if (n ? cp.number != *n : !(cp.name && cp.name.scalar() == port.scalar())) continue;
    if (cp.protocol != "UDP") return false;
    any = true;
  }
  return any;
}

}  // namespace

void ProbePortRule::CheckYaml(const yaml::File& file, Emitter& emit) const {
  yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
    const yaml::Probe& p = c.*probe_;
    if (!p.present() || !p.port.IsScalar()) return;
    if (c.FindPort(p.port)) {
      if (!OnlyUdp(c, p.port)) return;
      yaml::ReportAt(emit, *this, *pod.owner, p.port.span(),
                     std::string(key_) + " of " + yaml::DescribeContainer(pod, c) + " (" +
                         std::string(p.handler) + ") connects over TCP to port " +
                         std::string(p.port.scalar()) +
                         ", which the container declares only for UDP");
      return;
    }
    if (pod.partial) return;  // a patch's ports are declared in the base it patches
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

}  // namespace k8slint::rules
