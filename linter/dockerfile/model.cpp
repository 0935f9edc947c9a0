#include "linter/dockerfile/model.h"

#include "linter/ascii.h"

#include <algorithm>
#include <cctype>

namespace k8slint::dockerfile {
namespace {


}  // namespace

const Flag* Instruction::FindFlag(std::string_view name) const {
  for (const Flag& f : flags)
    if (f.name == name) return &f;
  return nullptr;
}

bool Instruction::IsPowerShell() const {
  if (shell.empty()) return false;
  std::string exe = AsciiLower(shell.front());
  const size_t slash = exe.find_last_of("/\\");
  if (slash != std::string::npos) exe = exe.substr(slash + 1);
  return exe == "powershell" || exe == "pwsh" || exe == "powershell.exe" || exe == "pwsh.exe";
}

std::string_view ImageRef::name() const {
  const size_t slash = repository.find_last_of('/');
  return slash == std::string::npos ? std::string_view(repository)
                                    : std::string_view(repository).substr(slash + 1);
}

ImageRef ImageRef::Parse(std::string_view text) {
  ImageRef ref;
  ref.text = std::string(text);
  std::string_view rest = text;
  if (const size_t at = rest.find('@'); at != std::string_view::npos) {
    ref.digest = std::string(rest.substr(at + 1));
    rest = rest.substr(0, at);
  }
  // A registry is a first component with '.' or ':' or "localhost".
  if (const size_t slash = rest.find('/'); slash != std::string_view::npos) {
    const std::string_view first = rest.substr(0, slash);
    if (first.find('.') != std::string_view::npos || first.find(':') != std::string_view::npos ||
        first == "localhost") {
      ref.registry = std::string(first);
      rest = rest.substr(slash + 1);
    }
  }
  const size_t colon = rest.find_last_of(':');
  if (colon != std::string_view::npos && rest.find('/', colon) == std::string_view::npos) {
    ref.tag = std::string(rest.substr(colon + 1));
    rest = rest.substr(0, colon);
  }
  ref.repository = std::string(rest);
  return ref;
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

std::pair<const Instruction*, const Instruction*> Document::StageInstructions(const Stage& s) const {
  return {instructions.data() + s.from, instructions.data() + s.end};
}

}  // namespace k8slint::dockerfile
