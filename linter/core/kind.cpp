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

namespace {

// Name suffixes of files that another tool turns into the real file: template engines
// and patch tools. What each is, for the K8L004 note.
constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kTemplateSuffixes{{
    {".tmpl", "a template"},
    {".tpl", "a template"},
    {".gotmpl", "a Go template"},
    {".j2", "a Jinja template"},
    {".jinja", "a Jinja template"},
    {".jinja2", "a Jinja template"},
    {".template", "a template"},
    {".mustache", "a Mustache template"},
    {".hbs", "a Handlebars template"},
    {".erb", "an ERB template"},
    {".in", "a configure-time template"},
    {".patch", "a patch"},
    {".diff", "a patch"},
    {".rej", "a rejected patch hunk"},
}};

std::string BaseLower(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  return AsciiLower(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

InputKind KindFromBase(const std::string& base, bool beside_chart, bool in_chart_templates) {
  // BuildKit's per-Dockerfile ignore file (`Dockerfile.dockerignore`) is not a Dockerfile.
  if (base.ends_with(".dockerignore")) return InputKind::kText;
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

// Env files keep their own example names (`.env.template`, env::File::IsTemplate).
bool EnvName(const std::string& base) {
  return base == ".env" || base.rfind(".env.", 0) == 0 || base.ends_with(".env");
}

}  // namespace

InputKind KindFromPath(std::string_view path, bool beside_chart, bool in_chart_templates) {
  const std::string base = BaseLower(path);
  if (!EnvName(base) && !TemplateOf(path).empty()) return InputKind::kText;
  return KindFromBase(base, beside_chart, in_chart_templates);
}

TemplateName TemplateOf(std::string_view path) {
  const std::string base = BaseLower(path);
  if (EnvName(base)) return {};
  for (const auto& [suffix, what] : kTemplateSuffixes) {
    // `Dockerfile.tmpl`, `deploy.yaml.j2`: the suffix follows a name of a kind we lint.
    if (!base.ends_with(suffix) || base.size() == suffix.size()) continue;
    const std::string stem = base.substr(0, base.size() - suffix.size());
    const InputKind kind = KindFromBase(stem, false, false);
    if (kind == InputKind::kText) continue;
    return {what, kind};
  }
  return {};
}

}  // namespace k8slint
