// PR005 startup-port-undeclared: the startupProbe targets a port the container does not
// declare.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/pr/probe_checks.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PR005",
      .name = "startup-port-undeclared",
      .level = Level::kError,
      .aliases = {"kube-linter:startup-port"},
      .kinds = {InputKind::kManifest},
      .summary = "A startupProbe targets a port the container does not declare",
      .details = kProbePortDetails,
      .rationale = kProbePortRationale,
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    ports:\n"
                     "    - {name: http, containerPort: 8080}\n    startupProbe:\n"
                     "      httpGet: {path: /healthz, port: web}\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n    ports:\n"
                      "    - {name: http, containerPort: 8080}\n    startupProbe:\n"
                      "      httpGet: {path: /healthz, port: http}\n",
      .fix = kProbePortFix,
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes"},
      .kubernetes = true,
  };
}

}  // namespace

Status MakePR005(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ProbePortRule>(Meta(), &yaml::Container::startup, "startupProbe");
  return Status::Ok();
}

}  // namespace k8slint::rules
