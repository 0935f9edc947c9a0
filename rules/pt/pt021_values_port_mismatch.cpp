// PT021 values-port-mismatch: values.yaml service.targetPort (or service.port, which the
// `helm create` scaffold uses as containerPort) or a probe port names a port the image's
// containers do not listen on.
#include <map>
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/project/project_rule.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PT021",
      .name = "values-port-mismatch",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {},
      .summary = "A values.yaml service or probe port is not a port the image's containers use",
      .details = "For each values scope with an image (the top level, or a component such as "
                 "`backend:`), takes the ports of the rendered containers that run the same image "
                 "repository, or, without rendered manifests, the EXPOSE ports of the image's "
                 "Dockerfile. Then checks `service.targetPort` (or `service.port` when there is "
                 "no targetPort and it is the containerPort, as in the `helm create` scaffold: "
                 "the chart's templates render a containerPort from it, or, with no template "
                 "among the inputs, the values set no `containerPorts`, `containerPort` or "
                 "`ports[].containerPort` of their own) and "
                 "the httpGet/tcpSocket/grpc ports of livenessProbe, readinessProbe and "
                 "startupProbe: a number must be one of those ports, a name the name of a "
                 "container port.",
      .rationale = "The chart's templates copy these values into the Service and the probes: a "
                   "port the application does not listen on gives a Service without working "
                   "endpoints or probes that fail until the pod is restarted in a loop.",
      .bad_example = "# values.yaml\nimage:\n  repository: ghcr.io/acme/api\nservice:\n  port: 80\n"
                     "  targetPort: 8080\n# api/Dockerfile: EXPOSE 8000\n",
      .good_example =
          "# values.yaml\nimage:\n  repository: ghcr.io/acme/api\nservice:\n  port: 80\n"
          "  targetPort: 8000\n# api/Dockerfile: EXPOSE 8000\n",
      .fix = "Set the values port to the port the container listens on (its containerPort or the "
             "Dockerfile's EXPOSE).",
      .example_path = "",
      .tags = {"correctness", "helm", "cross-file"},
      .kubernetes = true,
  };
}

struct Listening {
  std::vector<project::PortFact> ports;
  std::string what;  // "containerPort" or "EXPOSE"
};

class ValuesPortMismatchRule : public project::ProjectRule {
 public:
  ValuesPortMismatchRule() : ProjectRule(Meta()) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    std::map<std::pair<int, int>, Listening> by_scope;  // rendered containers per values scope
    p.ForEachContainer(
        [&](const project::FileFacts&, const project::Workload&, const project::ContainerFact& c) {
          if (c.init || c.values_file < 0 || c.ports.empty()) return;
          Listening& l = by_scope[{c.values_file, c.values_scope}];
          l.what = "containerPort";
          l.ports.insert(l.ports.end(), c.ports.begin(), c.ports.end());
        });
    for (const project::FileFacts& f : p.files()) {
      for (size_t i = 0; i < f.values.size(); ++i) {
        const project::ValuesScope& v = f.values[i];
        Listening l;
        if (auto it = by_scope.find({static_cast<int>(f.index), static_cast<int>(i)});
            it != by_scope.end()) {
          l = it->second;
        } else if (const project::DockerfileFacts* d = p.ImageOf(v)) {
          l = {d->expose, "EXPOSE"};
        }
        if (l.ports.empty()) continue;
        const std::string prefix = v.component.empty() ? "" : v.component + ".";
        if (v.target_port) Check(p, emit, prefix + "service.targetPort", *v.target_port, l, "");
        else if (v.service_port && p.ServicePortIsContainerPort(f.index, v))
          Check(p, emit, prefix + "service.port", *v.service_port, l,
                " (the helm create scaffold renders service.port as the containerPort)");
        for (const auto& [probe, port] : v.probe_ports)
          Check(p, emit, prefix + probe + " port", port, l, "");
      }
    }
  }

 private:
  void Check(const project::Project& p, Emitter& emit, const std::string& what,
             const project::PortFact& port, const Listening& l, const std::string& note) const {
    for (const project::PortFact& c : l.ports)
      if (port.number ? port.number == c.number : port.name == c.name) return;
    if (!port.number && l.what == "EXPOSE") return;  // names exist only on container ports
    const std::string value = port.number ? std::to_string(port.number) : "'" + port.name + "'";
    project::ReportPair(
        p, emit, *this, port.at,
        what + " " + value + " is not a port the image's containers listen on" + note,
        {l.ports.front().at, l.what + " " + project::PortList(l.ports)},
        what + " " + value + " vs " + project::PortList(l.ports));
  }
};

}  // namespace

Status MakePT021(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ValuesPortMismatchRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
