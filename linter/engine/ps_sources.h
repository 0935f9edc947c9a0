// Where PowerShell is found: .ps1/.psm1 files (AnalyzePowerShell), markdown fences
// (linter/markdown/), Dockerfile RUNs under a powershell/pwsh SHELL, and GitHub
// workflow steps with `shell: pwsh|powershell`. Each adapter cuts its blocks into
// ps::Scripts that map back to the containing file, then lints them with CheckScript.
#pragma once

#include <vector>

#include "linter/models/ps/script.h"

namespace k8slint {
struct AnalysisContext;
namespace dockerfile { class Document; }
}  // namespace k8slint

namespace k8slint::ps {

// True when a PS rule is enabled: without one, PowerShell blocks are not even cut out.
bool AnyPsRule(const AnalysisContext& ctx);

// Reports the script's lexical errors as K8L001 and runs every enabled rule's
// CheckPowerShell hook on it.
void CheckScript(const AnalysisContext& ctx, const Script& script);

// Shell-form RUN instructions whose stage SHELL is powershell or pwsh, joined the way
// Docker joins continuation lines. REQUIRES: `doc` outlives the scripts.
std::vector<Script> DockerfileRunScripts(const dockerfile::Document& doc);
void AnalyzeDockerfilePowerShell(const AnalysisContext& ctx, const dockerfile::Document& doc);

// `run:` blocks of steps whose shell is pwsh or powershell (a step's `shell`, else the
// job's or workflow's `defaults.run.shell`, else pwsh on a windows runner). Empty when
// `file` is not a GitHub workflow or does not parse. REQUIRES: `file` outlives the scripts.
std::vector<Script> WorkflowScripts(const SourceFile& file);
// For AnalyzeYaml: lints those steps when ctx.source is under .github/workflows/.
void AnalyzeWorkflowPowerShell(const AnalysisContext& ctx);

}  // namespace k8slint::ps
