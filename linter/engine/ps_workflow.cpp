// GitHub workflow steps run by pwsh or Windows PowerShell. The YAML model gives the
// `run:` value and the line of its node; each line of the value is then found again in
// the raw text, so findings point into the block scalar itself.
#include <cstdint>
#include <string_view>

#include "linter/core/ascii.h"
#include "linter/engine/ps_sources.h"
#include "linter/models/yaml/model.h"

namespace k8slint::ps {
namespace {

std::string ScalarOr(const yaml::Node& node, const std::string& fallback) {
  return node.IsScalar() ? std::string(node.scalar()) : fallback;
}

std::string DefaultShell(const yaml::Node& owner) {
  const yaml::Node defaults = owner.Get("defaults");
  if (!defaults.IsMap()) return "";
  const yaml::Node run = defaults.Get("run");
  return run.IsMap() ? ScalarOr(run.Get("shell"), "") : "";
}

// "pwsh", "powershell" or "" from a `shell:` value such as "pwsh -command \". '{0}'\"".
std::string ShellExe(const std::string& shell) {
  const std::string exe = AsciiLower(shell.substr(0, shell.find(' ')));
  return exe == "pwsh" || exe == "powershell" ? exe : "";
}

// Maps each line of `value` to the source line that holds it, from `line` (1-based) on.
Script MapRun(const SourceFile& file, std::string_view value, uint32_t line, Host host) {
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
      if (src.ends_with(v) && src.find_first_not_of(" \t") >= src.size() - v.size())
        at = src.size() - v.size();
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

bool MayBeWorkflow(const SourceFile& file) {
  const std::string& path = file.path();
  if (path.find(".github/workflows/") == std::string::npos &&
      path.find(".github\\workflows\\") == std::string::npos)
    return false;
  const std::string& text = file.text();
  return text.find("pwsh") != std::string::npos || text.find("powershell") != std::string::npos ||
         text.find("windows") != std::string::npos;
}

std::vector<Script> WorkflowScripts(const yaml::File& file) {
  std::vector<Script> out;
  if (file.tree().docs().empty()) return out;
  const yaml::Node root = file.tree().root(0);
  const yaml::Node jobs = root.IsMap() ? root.Get("jobs") : yaml::Node();
  if (!jobs.IsMap()) return out;
  const std::string workflow_shell = DefaultShell(root);
  for (size_t j = 0; j < jobs.size(); ++j) {
    const yaml::Node job = jobs.ValueAt(j);
    const yaml::Node steps = job.IsMap() ? job.Get("steps") : yaml::Node();
    if (!steps.IsSequence()) continue;
    const std::string runs_on = AsciiLower(ScalarOr(job.Get("runs-on"), ""));
    const bool windows_runner = runs_on.find("windows") != std::string::npos;
    const bool other_runner = runs_on.find("ubuntu") != std::string::npos ||
                              runs_on.find("macos") != std::string::npos ||
                              runs_on.find("linux") != std::string::npos;
    std::string job_shell = DefaultShell(job);
    if (job_shell.empty()) job_shell = workflow_shell;
    for (size_t i = 0; i < steps.size(); ++i) {
      const yaml::Node step = steps.Item(i);
      if (!step.IsMap()) continue;
      const yaml::Node run = step.Get("run");
      if (!run.IsScalar()) continue;
      const yaml::Node shell = step.Get("shell");
      std::string exe = ShellExe(ScalarOr(shell, job_shell));
      if (exe.empty() && !shell.valid() && job_shell.empty() && windows_runner) exe = "pwsh";
      if (exe.empty()) continue;
      Host host;
      host.edition = exe == "pwsh" ? Edition::kPowerShell7 : Edition::kWindowsPowerShell51;
      host.windows = exe == "powershell" || windows_runner || !other_runner;
      out.push_back(MapRun(file.source(), run.scalar(), run.position().line, host));
    }
  }
  return out;
}

}  // namespace k8slint::ps
