// Where PowerShell is found: .ps1/.psm1 files, markdown fences, Dockerfile RUNs under a
// powershell/pwsh SHELL, and GitHub workflow steps with `shell: pwsh|powershell`. Each
// adapter cuts its blocks out of the file's model into ps::Scripts that map back to the
// containing file; FileModels::powershell() keeps them, and the analyzers lint them with
// CheckScript.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "linter/core/config.h"
#include "linter/models/ps/script.h"

namespace k8slint {
struct AnalysisContext;
namespace dockerfile {
class Document;
}
namespace markdown {
struct Fence;
}
namespace yaml {
class File;
}
}  // namespace k8slint

namespace k8slint::ps {

// True when a PS rule is enabled: without one, PowerShell blocks are not even cut out.
bool AnyPsRule(const AnalysisContext& ctx);

// Reports the script's lexical errors as K8L001, runs every enabled rule's
// CheckPowerShell hook on it and collects its image builds for the project.
void CheckScript(const AnalysisContext& ctx, const Script& script);

// Shell-form RUN instructions whose stage SHELL is powershell or pwsh, joined the way
// Docker joins continuation lines. REQUIRES: `doc` outlives the scripts.
std::vector<Script> DockerfileRunScripts(const dockerfile::Document& doc);

// Fence languages that are PowerShell, and those the PS rules check under `config`
// (those plus the `shell-fences` setting, e.g. bash for docs that must work on Windows).
const std::set<std::string>& PowerShellFenceLanguages();
std::set<std::string> CheckedFenceLanguages(const Config& config);
// The fence as a script: console-style blocks (`PS>` or `$ ` prompts) keep only their
// command lines. `powershell`: the fence's language is a PowerShell one.
Script FenceScript(const SourceFile& file, const markdown::Fence& fence, bool powershell);
// FenceScript of every fence in a checked language, in order.
std::vector<Script> FenceScripts(const SourceFile& file, const std::vector<markdown::Fence>& fences,
                                 const Config& config);

// The file is under .github/workflows/ and mentions pwsh, powershell or windows.
bool MayBeWorkflow(const SourceFile& file);
// `run:` blocks of steps whose shell is pwsh or powershell (a step's `shell`, else the
// job's or workflow's `defaults.run.shell`, else pwsh on a windows runner), from the
// first document. REQUIRES: `file` outlives the scripts.
std::vector<Script> WorkflowScripts(const yaml::File& file);

}  // namespace k8slint::ps
