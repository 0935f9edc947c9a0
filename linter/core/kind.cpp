#include "linter/core/kind.h"

#include <array>
#include <string>
#include <utility>

#include "linter/core/ascii.h"

namespace k8slint {
namespace {

constexpr std::array<std::pair<InputKind, std::string_view>, kInputKindCount> kNames{{
    {InputKind::kDockerfile, "dockerfile"},
    {InputKind::kManifest, "manifest"},
    {InputKind::kValues, "values"},
    {InputKind::kChart, "chart"},
    {InputKind::kEnv, "env"},
    {InputKind::kPowerShell, "powershell"},
    {InputKind::kMarkdown, "markdown"},
    {InputKind::kText, "text"},
}};

}  // namespace

std::string_view KindName(InputKind kind) {
  for (const auto& [k, name] : kNames)
    if (k == kind) return name;
  return "text";
}

std::optional<InputKind> ParseKind(std::string_view name) {
  for (const auto& [k, n] : kNames)
    if (n == name) return k;
  return std::nullopt;
}

InputKind KindFromPath(std::string_view path, bool beside_chart, bool in_chart_templates) {
  const size_t slash = path.find_last_of('/');
  const std::string base =
      AsciiLower(slash == std::string_view::npos ? path : path.substr(slash + 1));
  if (base == "dockerfile" || base == "containerfile" || base.ends_with(".dockerfile") ||
      base.rfind("dockerfile.", 0) == 0 || base.rfind("containerfile.", 0) == 0)
    return InputKind::kDockerfile;
  if (base == ".env" || base.rfind(".env.", 0) == 0 || base.ends_with(".env"))
    return InputKind::kEnv;
  if (base.ends_with(".ps1") || base.ends_with(".psm1")) return InputKind::kPowerShell;
  if (base.ends_with(".md") || base.ends_with(".markdown")) return InputKind::kMarkdown;
  const bool yaml = base.ends_with(".yaml") || base.ends_with(".yml");
  if (!yaml || in_chart_templates) return InputKind::kText;
  if (base == "chart.yaml") return InputKind::kChart;
  if (beside_chart && base.rfind("values", 0) == 0) return InputKind::kValues;
  return InputKind::kManifest;
}

}  // namespace k8slint
