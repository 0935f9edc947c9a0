// Stages built as targets: `docker build --target NAME` wherever a command can be
// written (shell and PowerShell scripts, Makefiles, CI files, markdown), bake files'
// `target = "NAME"`, compose `build.target` and docker/build-push-action's `target:`.
// A stage named so is used even when no later stage of its Dockerfile needs it (MS005).
#include <cstdint>
#include <algorithm>
#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include "linter/core/ascii.h"
#include "linter/core/text.h"
#include "linter/models/yaml/model.h"
#include "linter/project/collect.h"

namespace k8slint::project {
namespace {

// A stage alias Docker accepts; anything else (`$TARGET`, `<stage>`, `${{ matrix.t }}`)
// is not a name this file decides.
bool IsStageName(std::string_view name) {
  if (name.empty() || name.size() > 128) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
  });
}

std::string UnquoteTargetWord(std::string_view w) {
  std::string out;
  for (char c : w)
    if (c != '"' && c != '\'') out += c;
  // Markdown inline code: `docker build --target test .`
  while (out.size() > 1 && out.front() == '`') out.erase(0, 1);
  while (out.size() > 1 && out.back() == '`') out.pop_back();
  return out;
}

// Tools whose build subcommand takes --target (kaniko's `executor` takes it directly).
bool IsBuildTool(std::string word) {
  word = AsciiLower(word);
  if (const size_t slash = word.find_last_of("/\\"); slash != std::string::npos)
    word = word.substr(slash + 1);
  if (word.ends_with(".exe")) word.resize(word.size() - 4);
  return word == "docker" || word == "podman" || word == "buildah" || word == "nerdctl" ||
         word == "executor";
}

bool EndsCommand(std::string_view w) {
  return w == "&&" || w == "||" || w == ";" || w == "|" || w == ")" || w == "}";
}

// Flags of the build commands that take a separate value (besides -f and --target).
bool TargetFlagTakesValue(std::string_view flag) {
  static constexpr std::array<std::string_view, 18> kFlags = {
      "-t",         "--tag",      "--build-arg", "--platform",
      "--label",    "--secret",   "--ssh",       "--cache-from",
      "--cache-to", "-o",         "--output",    "--network",
      "--progress", "--add-host", "--iidfile",   "--build-context",
      "-p",         "--context"};
  return std::find(kFlags.begin(), kFlags.end(), flag) != kFlags.end();
}

// The logical line around byte `at`, as [begin, end) offsets: the physical line joined
// with the lines a trailing `\`, PowerShell backtick or cmd caret continues.
std::pair<size_t, size_t> LogicalLine(std::string_view text, size_t at) {
  auto continued = [](std::string_view line) {
    line = TrimRight(line);
    return !line.empty() && (line.back() == '\\' || line.back() == '`' || line.back() == '^');
  };
  size_t begin = text.rfind('\n', at);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  while (begin > 0) {
    const size_t prev_end = begin - 1;  // the '\n' ending the line before
    size_t prev = prev_end == 0 ? std::string_view::npos : text.rfind('\n', prev_end - 1);
    prev = prev == std::string_view::npos ? 0 : prev + 1;
    if (!continued(text.substr(prev, prev_end - prev))) break;
    begin = prev;
  }
  size_t end = text.find('\n', at);
  while (end != std::string_view::npos && continued(text.substr(begin, end - begin)))
    end = text.find('\n', end + 1);
  return {begin, end == std::string_view::npos ? text.size() : end};
}

std::vector<std::string> Words(std::string_view line) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  std::vector<std::string> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && blank(line[i])) ++i;
    size_t j = i;
    while (j < line.size() && !blank(line[j])) ++j;
    if (j > i) {
      const std::string_view raw = line.substr(i, j - i);
      std::string w = UnquoteTargetWord(raw);
      if (w != "\\" && w != "`" && w != "^") words.push_back(std::move(w));
      // The end of markdown inline code ends the command too.
      if (raw.size() > 1 && raw.back() == '`') words.emplace_back(";");
    }
    i = j;
  }
  return words;
}

// The build commands of one logical line that name a --target.
void ScanLine(const std::string& base, std::string_view line, Loc at, FileFacts* facts) {
  const std::vector<std::string> w = Words(line);
  for (size_t start = 0; start < w.size(); ++start) {
    if (!IsBuildTool(w[start])) continue;
    size_t i = start + 1;
    const bool kaniko = AsciiLower(w[start]).ends_with("executor");
    if (!kaniko) {
      while (i < w.size() && (w[i] == "buildx" || w[i] == "image")) ++i;
      if (i >= w.size() || (w[i] != "build" && w[i] != "bud")) continue;
      ++i;
    }
    std::string target, file, context;
    for (; i < w.size() && !EndsCommand(w[i]); ++i) {
      const std::string& a = w[i];
      const bool has_next = i + 1 < w.size();
      if (a == "--target" && has_next) target = w[++i];
      else if (a.starts_with("--target=")) target = a.substr(9);
      else if ((a == "-f" || a == "--file" || a == "--dockerfile") && has_next) file = w[++i];
      else if (a.starts_with("--file=")) file = a.substr(7);
      else if (a.starts_with("--dockerfile=")) file = a.substr(13);
      else if (a.starts_with("--context=")) context = a.substr(10);
      else if (TargetFlagTakesValue(a) && has_next) ++i;
      else if (!a.starts_with("-")) context = a;
    }
    const std::string name = AsciiLower(target);
    if (!IsStageName(name)) continue;
    BuildTarget t{name, "", at};
    const bool plain = [](const std::string& p) {
      return !p.empty() && p != "-" && p.find("://") == std::string::npos &&
             p.find_first_of("$%{<") == std::string::npos;
    }(file.empty() ? context : file);
    if (plain)
      t.dockerfile =
          file.empty() ? ResolveAgainst(base, context + "/Dockerfile") : ResolveAgainst(base, file);
    facts->mutable_build().targets.push_back(std::move(t));
  }
}

// `target = "NAME"` (HCL) and `"target": "NAME"` (JSON) of a bake file. A bake target's
// Dockerfile is often inherited from another target, so it is left undetermined.
void ScanBake(std::string_view text, FileFacts* facts) {
  size_t line_start = 0;
  uint32_t line_no = 1;
  while (line_start < text.size()) {
    size_t end = text.find('\n', line_start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = Trim(text.substr(line_start, end - line_start));
    const bool json = line.starts_with("\"target\"");
    if (json || line.starts_with("target")) {
      std::string_view rest = line.substr(json ? 8 : 6);
      rest = TrimLeft(rest);
      if (!rest.empty() && (rest.front() == '=' || rest.front() == ':')) {
        rest = TrimLeft(rest.substr(1));
        if (rest.size() > 2 && rest.front() == '"') {
          const size_t close = rest.find('"', 1);
          const std::string name = AsciiLower(rest.substr(1, close - 1));
          if (close != std::string_view::npos && IsStageName(name))
            facts->mutable_build().targets.push_back(
                {name, "", {facts->index, Span::At(line_no, 1)}});
        }
      }
    }
    line_start = end + 1;
    ++line_no;
  }
}

std::string WorkflowRoot(const std::string& path) {
  const size_t at = path.find(".github/workflows/");
  return at == std::string::npos ? path : path.substr(0, at) + "workflow";
}

}  // namespace

void CollectBuildTargets(const std::string& path, std::string_view text, FileFacts* facts) {
  const std::string name = AsciiLower(std::filesystem::path(path).filename().string());
  if (name.find("bake") != std::string::npos &&
      (name.ends_with(".hcl") || name.ends_with(".json"))) {
    ScanBake(text, facts);
    return;
  }
  // Workflow steps run at the repository root; scripts and documents are read as run
  // from their own folder (a target whose Dockerfile is then not found counts for all).
  const std::string base = WorkflowRoot(path);
  uint32_t line_no = 1;
  size_t counted = 0, done = 0;
  for (size_t at = text.find("--target"); at != std::string_view::npos;
       at = text.find("--target", at + 8)) {
    if (at < done) continue;  // a later --target of a line already read
    const auto [begin, end] = LogicalLine(text, at);
    line_no +=
        static_cast<uint32_t>(std::count(text.begin() + static_cast<ptrdiff_t>(counted),
                                         text.begin() + static_cast<ptrdiff_t>(begin), '\n'));
    counted = begin;
    done = end;
    ScanLine(base, text.substr(begin, end - begin), {facts->index, Span::At(line_no, 1)}, facts);
  }
}

namespace {

// `build: ./api` or `build: {context: ./api, dockerfile: Dockerfile.prod}`.
void AddComposeBuild(std::string_view service, const yaml::Node& build, FileFacts* facts) {
  std::string context, dockerfile;
  if (build.IsMap()) {
    context = std::string(build.Get("context").scalar());
    dockerfile = std::string(build.Get("dockerfile").scalar());
  } else if (build.IsScalar()) {
    context = std::string(build.scalar());
  } else {
    return;
  }
  if (context.empty()) context = ".";
  if (dockerfile.empty()) dockerfile = "Dockerfile";
  if ((context + dockerfile).find_first_of("$%{") != std::string::npos ||
      context.find("://") != std::string::npos)
    return;
  facts->mutable_build().compose_builds.push_back(
      {std::string(service),
       ResolveAgainst(facts->path, context + "/" + dockerfile),
       {facts->index, build.span()}});
}

}  // namespace

void CollectYamlBuildTargets(const yaml::File& file, FileFacts* facts) {
  for (const yaml::Document& doc : file.documents()) {
    const yaml::Node root = doc.root;
    if (!root.IsMap()) continue;
    // docker-compose: services.<name>.build.{context, dockerfile, target}
    const yaml::Node services = root.Get("services");
    for (size_t i = 0; services.IsMap() && i < services.size(); ++i) {
      const yaml::Node build = services.ValueAt(i).Get("build");
      AddComposeBuild(services.KeyAt(i).scalar(), build, facts);
      const yaml::Node target = build.Get("target");
      const std::string name = AsciiLower(target.scalar());
      if (!build.IsMap() || !IsStageName(name)) continue;
      std::string context(build.Get("context").scalar());
      std::string dockerfile(build.Get("dockerfile").scalar());
      if (context.empty()) context = ".";
      if (dockerfile.empty()) dockerfile = "Dockerfile";
      BuildTarget t{name, "", {facts->index, target.span()}};
      if ((context + dockerfile).find_first_of("$%{") == std::string::npos &&
          context.find("://") == std::string::npos)
        t.dockerfile = ResolveAgainst(facts->path, context + "/" + dockerfile);
      facts->mutable_build().targets.push_back(std::move(t));
    }
    // GitHub workflows: steps that use docker/build-push-action with `target:`.
    const yaml::Node jobs = root.Get("jobs");
    for (size_t j = 0; jobs.IsMap() && j < jobs.size(); ++j) {
      const yaml::Node steps = jobs.ValueAt(j).Get("steps");
      for (size_t s = 0; steps.IsSequence() && s < steps.size(); ++s) {
        const yaml::Node step = steps.Item(s);
        if (!step.Get("uses").scalar().starts_with("docker/build-push-action")) continue;
        const yaml::Node with = step.Get("with");
        const yaml::Node target = with.Get("target");
        const std::string name = AsciiLower(target.scalar());
        if (!IsStageName(name)) continue;
        std::string context(with.Get("context").scalar());
        std::string dockerfile(with.Get("file").scalar());
        BuildTarget t{name, "", {facts->index, target.span()}};
        const std::string root_path = WorkflowRoot(facts->path);
        if (!dockerfile.empty()) {
          if (dockerfile.find_first_of("$%{") == std::string::npos)
            t.dockerfile = ResolveAgainst(root_path, dockerfile);
        } else if (context.find_first_of("$%{") == std::string::npos &&
                   context.find("://") == std::string::npos) {
          t.dockerfile =
              ResolveAgainst(root_path, (context.empty() ? "." : context) + "/Dockerfile");
        }
        facts->mutable_build().targets.push_back(std::move(t));
      }
    }
  }
}

}  // namespace k8slint::project
