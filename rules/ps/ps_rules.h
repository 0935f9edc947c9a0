// Factories of the PowerShell-compatibility rules (PS), and what they share.
#pragma once

#include <memory>

#include "linter/models/ps/script.h"
#include "linter/core/rule.h"

namespace k8slint::rules {

// Kinds every PS rule reads: PowerShell lives in scripts, markdown fences, Dockerfile
// RUNs and workflow steps (manifest-kind YAML).
inline std::vector<InputKind> PsKinds() {
  return {InputKind::kDockerfile, InputKind::kManifest, InputKind::kPowerShell, InputKind::kMarkdown};
}

std::unique_ptr<Rule> NewPosixExportRule();                          // PS001
std::unique_ptr<Rule> NewPosixAssignmentRule();                      // PS002
std::unique_ptr<Rule> NewPipelineChainRule(ps::Edition target);      // PS003
std::unique_ptr<Rule> NewBackslashContinuationRule();                // PS004
std::unique_ptr<Rule> NewEnvVarWithoutPrefixRule();                  // PS005
std::unique_ptr<Rule> NewEvalCommandOutputRule();                    // PS006
std::unique_ptr<Rule> NewBacktickSubstitutionRule();                 // PS007
std::unique_ptr<Rule> NewBashHeredocRule();                          // PS008
std::unique_ptr<Rule> NewSourceCommandRule();                        // PS009
std::unique_ptr<Rule> NewPosixRedirectionRule();                     // PS010
std::unique_ptr<Rule> NewPosixTestCommandRule();                     // PS011
std::unique_ptr<Rule> NewPosixControlFlowRule();                     // PS012
std::unique_ptr<Rule> NewExitStatusAsNumberRule();                   // PS013
std::unique_ptr<Rule> NewPosixFlagsOnAliasRule();                    // PS014
std::unique_ptr<Rule> NewPosixOnlyCommandRule();                     // PS015
std::unique_ptr<Rule> NewCurlAliasRule(ps::Edition target);          // PS016
std::unique_ptr<Rule> NewColonPathSeparatorRule();                   // PS017
std::unique_ptr<Rule> NewUnclosedFenceRule();                        // PS018

}  // namespace k8slint::rules
