#include "linter/core/ascii.h"
#include "linter/models/dockerfile/queries.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace k8slint::dockerfile {

const Instruction* EffectiveUser(const Document& doc, const Stage& stage) {
  const Stage* s = &stage;
  for (int guard = 0; s && guard < 1000; ++guard) {
    auto [begin, end] = doc.StageInstructions(*s);
    for (const Instruction* i = end; i != begin;)
      if ((--i)->Is("USER")) return i;
    s = s->base_stage >= 0 ? &doc.stages[static_cast<size_t>(s->base_stage)] : nullptr;
  }
  return nullptr;
}

std::string_view UserName(std::string_view value) {
  while (!value.empty() && (value.front() == ' ' || value.front() == '"')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '"')) value.remove_suffix(1);
  return value.substr(0, value.find(':'));
}

bool IsRootUser(std::string_view value) {
  const std::string_view user = UserName(value);
  return user == "root" || user == "0";
}

bool IsNumericUser(std::string_view value) {
  const std::string_view user = UserName(value);
  return !user.empty() && std::all_of(user.begin(), user.end(), ::isdigit);
}

std::vector<const Stage*> UnusedStages(const Document& doc) {
  std::vector<const Stage*> unused;
  if (doc.stages.size() < 2) return unused;
  std::set<int> used;
  auto use = [&](const std::string& ref, size_t before) {
    if (const Stage* s = doc.FindStage(ref, before)) used.insert(s->index);
  };
  for (const Stage& s : doc.stages)
    if (s.base_stage >= 0) used.insert(s.base_stage);
  for (const Instruction& ins : doc.instructions) {
    if (ins.stage < 0) continue;
    const size_t stage_count = static_cast<size_t>(ins.stage);
    if (const Flag* from = ins.FindFlag("from")) use(from->value, stage_count);
    for (const Flag& f : ins.flags) {  // RUN --mount=type=cache,from=deps
      if (f.name != "mount") continue;
      const size_t at = f.value.find("from=");
      if (at == std::string::npos) continue;
      use(f.value.substr(at + 5, f.value.find(',', at) - at - 5), stage_count);
    }
  }
  for (size_t i = 0; i + 1 < doc.stages.size(); ++i)
    if (!used.count(doc.stages[i].index)) unused.push_back(&doc.stages[i]);
  return unused;
}

std::string CommandName(const ShellCommand& cmd) {
  size_t i = 0;
  while (i < cmd.words.size() && (cmd.words[i] == "sudo" || cmd.words[i] == "env" ||
                                  cmd.words[i].find('=') != std::string::npos))
    ++i;
  if (i >= cmd.words.size()) return "";
  std::string name = cmd.words[i];
  const size_t slash = name.find_last_of('/');
  if (slash != std::string::npos) name = name.substr(slash + 1);
  return AsciiLower(name);
}

}  // namespace k8slint::dockerfile
