#include "linter/core/ascii.h"
#include "linter/models/dockerfile/queries.h"

#include <algorithm>
#include <array>
#include <cctype>

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

bool IsKnownNonRootImage(const ImageRef& image) {
  const std::string full = image.full_repository();
  if (full.rfind("gcr.io/distroless/", 0) == 0)
    return image.tag.find("nonroot") != std::string::npos;
  static constexpr std::array<std::string_view, 6> kPrefixes = {
      "cgr.dev/chainguard/",          // Chainguard images run as nonroot (65532)
      "nginxinc/nginx-unprivileged",  // uid 101
      "bitnami/",                     // uid 1001
      "registry.access.redhat.com/ubi9/nginx-",
      "mcr.microsoft.com/dotnet/runtime-deps",
      "docker.io/nginxinc/nginx-unprivileged"};
  for (std::string_view p : kPrefixes)
    if (full.rfind(p, 0) == 0) {
      // .NET images run as root unless the -chiseled or -noble-chiseled variants are used.
      if (p.starts_with("mcr.microsoft.com"))
        return image.tag.find("chiseled") != std::string::npos;
      return true;
    }
  return false;
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
