// What the PowerShell-compatibility rules (PS) share: the input kinds they read and
// their `powershell-target` parameter.
#pragma once

#include <string_view>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/kind.h"
#include "linter/core/status.h"
#include "linter/models/ps/script.h"

namespace k8slint::rules {

// Kinds every PS rule reads: PowerShell lives in scripts, markdown fences, Dockerfile
// RUNs and workflow steps (manifest-kind YAML).
inline std::vector<InputKind> PsKinds() {
  return {InputKind::kDockerfile, InputKind::kManifest, InputKind::kPowerShell,
          InputKind::kMarkdown};
}

// The `powershell-target` of `rule_id` (or the shared one); 5.1 when unset. Any other
// value than 5.1 or 7 is a config error.
Status ReadPowerShellTarget(const Config& config, std::string_view rule_id, ps::Edition* out);

}  // namespace k8slint::rules
