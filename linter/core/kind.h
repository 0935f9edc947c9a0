// Input kinds (SPEC §2) and how a path maps to one.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace k8slint {

enum class InputKind {
  kDockerfile,
  kManifest,  // YAML that may hold Kubernetes objects; classified per document
  kValues,    // Helm values*.yaml beside a Chart.yaml
  kChart,     // Chart.yaml
  kEnv,
  kPowerShell,
  kMarkdown,
  kText,  // anything else: secrets rules only
};
inline constexpr size_t kInputKindCount = static_cast<size_t>(InputKind::kText) + 1;

std::string_view KindName(InputKind kind);
std::optional<InputKind> ParseKind(std::string_view name);  // the --type spellings

// Kind from the file name alone. `beside_chart` tells whether a Chart.yaml sits in the
// same folder, which turns values*.yaml into Helm values. `in_chart_templates` marks
// files under a chart's templates/ (Go templates: never parsed as YAML).
// Files of no known kind are kText: a walk still scans them for secrets.
// Files named as templates or patches of a kind (TemplateOf) are kText.
InputKind KindFromPath(std::string_view path, bool beside_chart, bool in_chart_templates);

// A file another tool turns into an input of ours: `Dockerfile.tmpl`, `Dockerfile.j2`,
// `deploy.yaml.gotmpl`, `Dockerfile.patch`. Its text is not that kind's syntax, so it is
// read as text (secrets only) and discovery notes it (K8L004). Env files are never
// templates here: `.env.template` is an example env file, linted as one.
struct TemplateName {
  std::string_view what;            // "a Jinja template", "a patch"; empty when not a template
  InputKind of = InputKind::kText;  // the kind it renders to
  bool empty() const { return what.empty(); }
};
TemplateName TemplateOf(std::string_view path);

}  // namespace k8slint
