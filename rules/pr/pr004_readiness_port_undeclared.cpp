// PR004 readiness-port-undeclared: the readinessProbe targets a port the container does not
// declare.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/pr/probe_checks.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PR004",
      .name = "readiness-port-undeclared",
      .level = Level::kError,
      .aliases = {"kube-linter:readiness-port"},
      .kinds = {InputKind::kManifest},
      .summary = "A readinessProbe targets a port the container does not declare",
      .details = kProbePortDetails,
      .rationale = kProbePortRationale,
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    ports:\n"
                     "    - {name: http, containerPort: 8080}\n    readinessProbe:\n"
                     "      tcpSocket: {port: 80}\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    ports:\n"
                      "    - {name: http, containerPort: 8080}\n    readinessProbe:\n"
                      "      tcpSocket: {port: 8080}\n",
      .fix = kProbePortFix,
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes"},
      .kubernetes = true,
  };
}

}  // namespace

Status MakePR004(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ProbePortRule>(Meta(), &yaml::Container::readiness, "readinessProbe");
  return Status::Ok();
}

}  // namespace k8slint::rules
