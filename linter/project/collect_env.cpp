// Facts of .env files (key names, port settings) and of image build commands in
// PowerShell scripts and documentation code blocks.
#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>

#include "linter/models/env/model.h"
#include "linter/project/collect.h"
#include "linter/models/ps/script.h"

namespace k8slint::project {
namespace {

std::string UnquoteWord(std::string_view w) {
  std::string out;
  for (char c : w)
    if (c != '"' && c != '\'' && c != '`') out += c;
  return out;
}

// Flags of `docker build` that take a separate value, besides -t and -f.
bool BuildFlagTakesValue(std::string_view flag) {
  static constexpr std::array<std::string_view, 16> kFlags = {
      "--build-arg", "--target",  "--platform",      "--label",
      "--secret",    "--ssh",     "--cache-from",    "--cache-to",
      "-o",          "--output",  "--network",       "--progress",
      "--add-host",  "--iidfile", "--build-context", "-p"};
  return std::find(kFlags.begin(), kFlags.end(), flag) != kFlags.end();
}

}  // namespace

std::string ResolveAgainst(const std::string& doc_path, const std::string& relative) {
  namespace fs = std::filesystem;
  const fs::path p(relative);
  if (p.is_absolute()) return p.lexically_normal().generic_string();
  fs::path joined = (fs::path(doc_path).parent_path() / p).lexically_normal();
  std::string out = joined.generic_string();
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out.empty() ? "." : out;
}

bool IsPortSetting(std::string_view name) {
  static constexpr std::array<std::string_view, 6> kNames = {
      "PORT", "APP_PORT", "HTTP_PORT", "SERVER_PORT", "LISTEN_PORT", "WEB_PORT"};
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

void CollectEnv(const env::File& file, FileFacts* facts) {
  facts->env_template = file.IsTemplate();
  for (const env::Entry& e : file.entries) {
    EnvKey k{e.key, {facts->index, e.key_span}, std::nullopt};
    if (IsPortSetting(e.key) && !e.value.empty() && e.value.size() < 6 &&
        std::all_of(e.value.begin(), e.value.end(), ::isdigit)) {
      k.port_value = std::stoll(e.value);
      k.at.span = e.value_span;
    }
    // Only templates need every key (KM021); other env files matter for their port
    // setting alone (PT024), and a key list per .env would grow with the repository.
    if (facts->env_template || k.port_value) facts->env_keys.push_back(std::move(k));
  }
}

void CollectBuilds(const ps::Script& script, FileFacts* facts) {
  if (script.origin() == ps::Origin::kDockerfileRun) return;
  // Workflow steps run at the repository root; documents and scripts beside themselves.
  std::string base = facts->path;
  if (script.origin() == ps::Origin::kWorkflowStep) {
    const size_t at = base.find(".github/workflows/");
    base = at == std::string::npos ? base : base.substr(0, at) + "workflow";
  }
  for (const ps::Command& c : script.commands()) {
    if (c.words.size() < 3) continue;
    std::vector<std::string> w;
    for (const ps::Word& word : c.words) w.push_back(UnquoteWord(script.Text(word)));
    const std::string name = script.Name(c);
    size_t i = 0;
    if ((name == "docker" || name == "podman") && w[1] == "build") i = 2;
    else if (name == "docker" && w[1] == "buildx" && w.size() > 3 && w[2] == "build") i = 3;
    else if (name == "minikube" && w[1] == "image" && w.size() > 3 && w[2] == "build") i = 3;
    else continue;
    std::vector<std::string> tags;
    std::string dockerfile, context;
    for (; i < w.size(); ++i) {
      const std::string& a = w[i];
      const bool has_next = i + 1 < w.size();
      if ((a == "-t" || a == "--tag") && has_next) tags.push_back(w[++i]);
      else if (a.starts_with("--tag=")) tags.push_back(a.substr(6));
      else if ((a == "-f" || a == "--file") && has_next) dockerfile = w[++i];
      else if (a.starts_with("--file=")) dockerfile = a.substr(7);
      else if (BuildFlagTakesValue(a) && has_next) ++i;
      else if (!a.starts_with("-")) context = a;
    }
    if (context.empty() || context == "-" || context.find("://") != std::string::npos ||
        context.find('$') != std::string::npos)
      continue;
    for (const std::string& tag : tags) {
      if (tag.empty() || tag.find('$') != std::string::npos) continue;
      // The tag separator is the last ':' after the last '/' (a registry may have a port).
      const size_t slash = tag.rfind('/');
      const size_t colon = tag.find(':', slash == std::string::npos ? 0 : slash);
      BuildCommand b;
      b.repository = tag.substr(0, std::min(colon, tag.find('@')));
      b.context = ResolveAgainst(base, context);
      if (!dockerfile.empty()) b.dockerfile = ResolveAgainst(base, dockerfile);
      b.at = {facts->index, script.SpanOf(c.begin, c.end)};
      b.at.span.end = b.at.span.begin;
      facts->mutable_build().builds.push_back(std::move(b));
    }
  }
}

}  // namespace k8slint::project
