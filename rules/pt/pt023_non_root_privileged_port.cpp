// PT023 non-root-privileged-port: a container that runs as non-root (by its
// securityContext or its image's USER) listens on a port below 1024.
#include <memory>
#include <optional>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/project/project_rule.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PT023",
      .name = "non-root-privileged-port",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {},
      .summary = "A container that runs as non-root listens on a port below 1024",
      .details =
          "A container runs as non-root when its effective securityContext sets "
          "runAsNonRoot: true or runAsUser above 0, or, with no runAsUser, when its image's "
          "Dockerfile (linked by docs/project-model.md) ends with a non-root USER or is "
          "based on a documented non-root image. Fires on its containerPorts below 1024, "
          "and on a values scope's service.targetPort (or service.port, the scaffold's "
          "containerPort) below 1024 when the scope's securityContext or image is "
          "non-root. service.port counts as the containerPort only when the chart's templates "
          "render a containerPort from it (or, with no template among the inputs, when "
          "the values set no `containerPorts`, `containerPort` or "
          "`ports[].containerPort` of their own). Ports set by the cluster to another "
          "value are not considered.",
      .rationale = "Binding a port below 1024 needs root or CAP_NET_BIND_SERVICE unless the node's "
                   "runtime lowers net.ipv4.ip_unprivileged_port_start (Docker does, containerd "
                   "before 2.0 does not): the same image starts locally and crashes with "
                   "`permission denied` on the cluster.",
      .bad_example = "# Dockerfile\nFROM nginxinc/nginx-unprivileged:1.27\n"
                     "# deploy.yaml\n        securityContext: {runAsNonRoot: true}\n"
                     "        ports: [{containerPort: 80}]\n",
      .good_example = "# Dockerfile\nFROM nginxinc/nginx-unprivileged:1.27\n"
                      "# deploy.yaml\n        securityContext: {runAsNonRoot: true}\n"
                      "        ports: [{containerPort: 8080}]\n",
      .fix = "Listen on a port of 1024 or above and let the Service map port 80 to it "
             "(`port: 80, targetPort: 8080`).",
      .example_path = "",
      .tags = {"correctness", "security", "kubernetes", "cross-file"},
      .kubernetes = true,
  };
}

class NonRootPrivilegedPortRule : public project::ProjectRule {
 public:
  NonRootPrivilegedPortRule() : ProjectRule(Meta()) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    p.ForEachContainer([&](const project::FileFacts&, const project::Workload& w,
                           const project::ContainerFact& c) {
      if (c.init) return;
      const std::optional<project::Side> why =
          NonRoot(c.run_as_non_root, c.run_as_user, p.ImageOf(c));
      if (!why) return;
      for (const project::PortFact& port : c.ports)
        if (port.number > 0 && port.number < 1024)
          Report(p, emit, port, "containerPort of " + project::Describe(w, c), *why);
    });
    for (const project::FileFacts& f : p.files())
      for (const project::ValuesScope& v : f.values) {
        if (!v.target_port && !p.ServicePortIsContainerPort(f.index, v)) continue;
        const std::optional<project::PortFact>& port =
            v.target_port ? v.target_port : v.service_port;
        if (!port || port->number <= 0 || port->number >= 1024) continue;
        if (const auto why = NonRoot(v.run_as_non_root, v.run_as_user, p.ImageOf(v)))
          Report(p, emit, *port,
                 (v.component.empty() ? "" : v.component + ".") +
                     (v.target_port ? "service.targetPort" : "service.port (the containerPort)"),
                 *why);
      }
  }

 private:
  // What makes the process non-root, or nullopt when it may run as root.
  static std::optional<project::Side> NonRoot(const project::SecurityValue& non_root,
                                              const project::SecurityValue& user,
                                              const project::DockerfileFacts* image) {
    if (user.set) {
      if (user.value == 0) return std::nullopt;
      return project::Side{user.at, "runAsUser: " + std::to_string(user.value)};
    }
    if (non_root.set && non_root.value) return project::Side{non_root.at, "runAsNonRoot: true"};
    if (!image) return std::nullopt;
    if (image->has_user && image->user != "root" && image->user != "0")
      return project::Side{image->user_at, "USER " + image->user};
    if (!image->has_user && image->base_non_root)
      return project::Side{image->from, "FROM " + image->base + " (runs as non-root)"};
    return std::nullopt;
  }

  void Report(const project::Project& p, Emitter& emit, const project::PortFact& port,
              const std::string& what, const project::Side& why) const {
    project::ReportPair(p, emit, *this, port.at,
                        what + " is " + std::to_string(port.number) +
                            ", below 1024, but the process runs as non-root and may not bind it",
                        why, what + " " + std::to_string(port.number));
  }
};

}  // namespace

Status MakePT023(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<NonRootPrivilegedPortRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
