// GitHub workflow steps run by pwsh or Windows PowerShell. yaml-cpp gives the `run:`
// value and the line of its node; each line of the value is then found again in the
// raw text, so findings point into the block scalar itself.
#include <yaml-cpp/yaml.h>

#include <string_view>

#include "linter/core/ascii.h"
#include "linter/engine/analyze.h"
#include "linter/engine/ps_sources.h"

namespace k8slint::ps {
namespace {

std::string ScalarOr(const YAML::Node& node, const std::string& fallback) {
  return node && node.IsScalar() ? node.Scalar() : fallback;
}

std::string DefaultShell(const YAML::Node& owner) {
  const YAML::Node defaults = owner["defaults"];
  if (!defaults || !defaults.IsMap()) return "";
  const YAML::Node run = defaults["run"];
  return run && run.IsMap() ? ScalarOr(run["shell"], "") : "";
}

// "pwsh", "powershell" or "" from a `shell:` value such as "pwsh -command \". '{0}'\"".
std::string ShellExe(const std::string& shell) {
  const std::string exe = AsciiLower(shell.substr(0, shell.find(' ')));
  return exe == "pwsh" || exe == "powershell" ? exe : "";
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Maps each line of `value` to the source line that holds it, from `line` (1-based) on.
Script MapRun(const SourceFile& file, const std::string& value, uint32_t line, Host host) {
  std::string text;
  std::vector<Script::Piece> pieces;
  uint32_t cursor = line;
  const size_t fallback = file.LineOffset(line);
  size_t start = 0;
  while (start < value.size()) {
    size_t nl = value.find('\n', start);
    if (nl == std::string::npos) nl = value.size();
    const std::string_view v(value.data() + start, nl - start);
    size_t file_offset = fallback;
    for (uint32_t l = cursor; l <= file.line_count() && l < cursor + 64; ++l) {
      const std::string_view src = file.Line(l);
      size_t at = std::string_view::npos;
      if (EndsWith(src, v) && src.find_first_not_of(" \t") >= src.size() - v.size()) at = src.size() - v.size();
      else if (l == line && !v.empty()) at = src.find(v);
      if (at == std::string_view::npos) continue;
      file_offset = file.LineOffset(l) + at;
      cursor = l + 1;
      break;
    }
    pieces.push_back({static_cast<uint32_t>(text.size()), static_cast<uint32_t>(file_offset)});
    text.append(v);
    text += '\n';
    start = nl + 1;
  }
  return Script(file, Origin::kWorkflowStep, host, std::move(text), std::move(pieces));
}

}  // namespace

std::vector<Script> WorkflowScripts(const SourceFile& file) {
  std::vector<Script> out;
  YAML::Node root;
  try {
    root = YAML::Load(file.text());
  } catch (const YAML::Exception&) {
    return out;  // the YAML analyzer reports parse errors
  }
  if (!root.IsMap() || !root["jobs"] || !root["jobs"].IsMap()) return out;
  const std::string workflow_shell = DefaultShell(root);
  for (const auto& job_entry : root["jobs"]) {
    const YAML::Node job = job_entry.second;
    if (!job.IsMap() || !job["steps"] || !job["steps"].IsSequence()) continue;
    const std::string runs_on = AsciiLower(ScalarOr(job["runs-on"], ""));
    const bool windows_runner = runs_on.find("windows") != std::string::npos;
    const bool other_runner = runs_on.find("ubuntu") != std::string::npos ||
                              runs_on.find("macos") != std::string::npos ||
                              runs_on.find("linux") != std::string::npos;
    std::string job_shell = DefaultShell(job);
    if (job_shell.empty()) job_shell = workflow_shell;
    for (const YAML::Node& step : job["steps"]) {
      if (!step.IsMap()) continue;
      const YAML::Node run = step["run"];
      if (!run || !run.IsScalar()) continue;
      std::string exe = ShellExe(ScalarOr(step["shell"], job_shell));
      if (exe.empty() && !step["shell"] && job_shell.empty() && windows_runner) exe = "pwsh";
      if (exe.empty()) continue;
      Host host;
      host.edition = exe == "pwsh" ? Edition::kPowerShell7 : Edition::kWindowsPowerShell51;
      host.windows = exe == "powershell" || windows_runner || !other_runner;
      const uint32_t line = static_cast<uint32_t>(run.Mark().line + 1);
      out.push_back(MapRun(file, run.Scalar(), line, host));
    }
  }
  return out;
}

void AnalyzeWorkflowPowerShell(const AnalysisContext& ctx) {
  const std::string& path = ctx.source.path();
  if (path.find(".github/workflows/") == std::string::npos &&
      path.find(".github\\workflows\\") == std::string::npos)
    return;
  const std::string& text = ctx.source.text();
  if (text.find("pwsh") == std::string::npos && text.find("powershell") == std::string::npos &&
      text.find("windows") == std::string::npos)
    return;
  for (const Script& script : WorkflowScripts(ctx.source)) CheckScript(ctx, script);
}

}  // namespace k8slint::ps
