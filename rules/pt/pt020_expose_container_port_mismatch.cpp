// PT020 expose-container-port-mismatch: no containerPort of a workload is a port the
// Dockerfile of its image EXPOSEs.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/project/project_rule.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PT020",
      .name = "expose-container-port-mismatch",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {},
      .summary = "A container declares ports, none of which its image's Dockerfile EXPOSEs",
      .details = "For each container whose image is linked to a Dockerfile of the inputs (see "
                 "docs/project-model.md), compares its containerPorts with the EXPOSE ports of "
                 "the Dockerfile's final stage (and the stages it is built FROM). Fires when "
                 "both sides declare ports and they have none in common. A container that "
                 "declares an extra port (metrics) besides an exposed one is fine.",
      .rationale = "EXPOSE records the port the application listens on. A containerPort that "
                   "differs is where probes, Services and `kubectl port-forward` send traffic, "
                   "so the pod either never becomes ready or the Service has dead endpoints.",
      .bad_example = "# backend/Dockerfile\nFROM python:3.12-slim\nEXPOSE 8000\n"
                     "CMD [\"uvicorn\", \"main:app\", \"--port\", \"8000\"]\n"
                     "# deploy/backend.yaml (image: backend:1.0.0)\n"
                     "        ports:\n        - containerPort: 8080\n",
      .good_example = "# backend/Dockerfile\nFROM python:3.12-slim\nEXPOSE 8000\n"
                      "# deploy/backend.yaml (image: backend:1.0.0)\n"
                      "        ports:\n        - containerPort: 8000\n",
      .fix = "Make containerPort the port the application listens on, and keep EXPOSE in step "
             "with it.",
      .example_path = "",
      .tags = {"correctness", "kubernetes", "dockerfile", "cross-file"},
      .kubernetes = true,
  };
}

class ExposeContainerPortMismatchRule : public project::ProjectRule {
 public:
  ExposeContainerPortMismatchRule() : ProjectRule(Meta()) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    p.ForEachContainer([&](const project::FileFacts&, const project::Workload& w,
                           const project::ContainerFact& c) {
      const project::DockerfileFacts* d = p.ImageOf(c);
      if (c.init || !d || d->expose.empty() || c.ports.empty()) return;
      for (const project::PortFact& port : c.ports)
        for (const project::PortFact& e : d->expose)
          if (port.number == e.number) return;
      project::ReportPair(p, emit, *this, c.ports.front().at,
                          "containerPort " + project::PortList(c.ports) + " of " +
                              project::Describe(w, c) + " is not a port its image " + c.image +
                              " exposes",
                          {d->expose.front().at, "EXPOSE " + project::PortList(d->expose)},
                          w.Describe() + "/" + c.name + " " + project::PortList(c.ports) + " vs " +
                              project::PortList(d->expose));
    });
  }
};

}  // namespace

Status MakePT020(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ExposeContainerPortMismatchRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
