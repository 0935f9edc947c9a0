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
InputKind KindFromPath(std::string_view path, bool beside_chart, bool in_chart_templates);

}  // namespace k8slint
