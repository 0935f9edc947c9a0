#include "linter/models/dockerfile/model.h"

#include "linter/core/ascii.h"

#include <algorithm>
#include <cctype>

namespace k8slint::dockerfile {
const Flag* Instruction::FindFlag(std::string_view name) const {
  for (const Flag& f : flags)
    if (f.name == name) return &f;
  return nullptr;
}

bool Instruction::IsPowerShell() const {
  if (!shell || shell->empty()) return false;
  std::string exe = AsciiLower(shell->front());
  const size_t slash = exe.find_last_of("/\\");
  if (slash != std::string::npos) exe = exe.substr(slash + 1);
  return exe == "powershell" || exe == "pwsh" || exe == "powershell.exe" || exe == "pwsh.exe";
}

std::string Stage::DisplayName() const { return alias.empty() ? std::to_string(index) : alias; }

const Stage* Document::FindStage(std::string_view name, size_t before) const {
  const std::string lower = AsciiLower(name);
  const bool numeric = !lower.empty() && std::all_of(lower.begin(), lower.end(), ::isdigit);
  for (size_t i = 0; i < std::min(before, stages.size()); ++i) {
    if (!stages[i].alias.empty() && stages[i].alias == lower) return &stages[i];
    if (numeric && lower.size() < 6 && std::stoi(lower) == stages[i].index) return &stages[i];
  }
  return nullptr;
}

std::pair<const Instruction*, const Instruction*> Document::StageInstructions(
    const Stage& s) const {
  return {instructions.data() + s.from, instructions.data() + s.end};
}

}  // namespace k8slint::dockerfile
