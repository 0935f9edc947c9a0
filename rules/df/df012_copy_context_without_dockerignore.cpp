// DF012 copy-context-without-dockerignore: `COPY . .` in a shipped stage while the build
// context has no .dockerignore, or one that lets .git, .env files or node_modules in.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/project/link.h"
#include "linter/project/project_rule.h"
#include "rules/df/dockerignore_match.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF012",
      .name = "copy-context-without-dockerignore",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {},
      .summary = "A `COPY . .` copies the whole build context, and no .dockerignore keeps .git, "
                 ".env files and node_modules out",
      .details =
          "Fires on the first `COPY` or `ADD` of the build context's root (`COPY . .`, `COPY ./ "
          "/app`, not `--from`) in a stage that ships, when the context has no .dockerignore, "
          "or has one that does not exclude `.env` and `.env.*` files, `node_modules` (when the "
          "context is a Node project: a package.json at its root, or a node base image) and "
          ".git (when the context is the top folder of the inputs, where a repository's .git "
          "lives). The context is the folder a `docker build` command of the inputs names for "
          "the Dockerfile, else the Dockerfile's folder; BuildKit's `<Dockerfile "
          "name>.dockerignore` beside the Dockerfile wins over the context's file. Without a "
          "build command, a .dockerignore in a folder above the Dockerfile's also counts (a "
          "context such as `docker build -f app/Dockerfile .`). Patterns match as BuildKit "
          "matches them: anchored at the context root, `**` across folders, `!` re-includes, "
          "the last match wins. Runs only when the Dockerfile was found by a folder walk, so "
          "a .dockerignore beside it would have been seen. No peer tool checks this pair.",
      .rationale =
          "`COPY . .` takes whatever the build machine has in the folder: a developer's .env "
          "with real credentials, the full git history (with any secret ever committed), and a "
          "node_modules built for another OS. They land in an image layer that every puller "
          "can read, and add tens to hundreds of MB.",
      .bad_example = "",
      .good_example = "",
      .fix = "Add a .dockerignore beside the Dockerfile (or at the context root) with at "
             "least:\n\n```\n.git\n.env\n.env.*\n!.env.example\nnode_modules\n```\n\nor copy "
             "only what the image needs (`COPY src/ ./src/`).",
      .example_path = "",
      .tags = {"size", "security", "dockerfile"},
      .security_severity = "5.0",
  };
}

std::string Normal(const std::string& path) {
  std::string out = std::filesystem::path(path).lexically_normal().generic_string();
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out.empty() ? "." : out;
}

std::string Join(const std::string& folder, const std::string& name) {
  return folder == "." ? name : folder + "/" + name;
}

std::string Parent(const std::string& folder) {
  if (folder == "." || folder == "/") return "";
  const std::string p = project::FolderOf(folder);
  return p == folder ? "" : p;
}

class CopyContextRule : public project::ProjectRule {
 public:
  CopyContextRule() : ProjectRule(Meta()) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    if (!p.walked()) return;
    std::unordered_map<std::string, uint32_t> by_path;  // normalized path -> file
    std::string top;                                    // the inputs' common folder
    bool first = true;
    for (const project::FileFacts& f : p.files()) {
      by_path[Normal(f.path)] = f.index;
      top = first ? project::FolderOf(f.path) : Common(top, project::FolderOf(f.path));
      first = false;
    }
    for (const project::FileFacts& f : p.files()) {
      const project::DockerfileFacts* d = f.dockerfile.get();
      if (!d || d->context_copies.empty() || !f.walked) continue;
      Check(p, emit, f, *d, by_path, top);
    }
  }

 private:
  // The longest common folder of two normalized folders.
  static std::string Common(const std::string& a, const std::string& b) {
    std::string x = a;
    while (!x.empty() && !(b == x || b.starts_with(x + "/") || x == ".")) x = Parent(x);
    return x.empty() ? "." : x;
  }

  void Check(const project::Project& p, Emitter& emit, const project::FileFacts& f,
             const project::DockerfileFacts& d,
             const std::unordered_map<std::string, uint32_t>& by_path,
             const std::string& top) const {
    const std::string dockerfile = Normal(f.path);
    const std::string folder = project::FolderOf(f.path);
    // A build command of the inputs fixes the context; else the Dockerfile's folder and,
    // failing a .dockerignore there, the folders above it.
    std::string context;
    for (const project::FileFacts& other : p.files())
      for (const project::BuildCommand& b : other.builds()) {
        const std::string named =
            Normal(b.dockerfile.empty() ? Join(b.context, "Dockerfile") : b.dockerfile.str());
        if (named == dockerfile && context.empty()) context = Normal(b.context);
      }
    auto ignore_at = [&](const std::string& path) -> const project::FileFacts* {
      const auto it = by_path.find(path);
      if (it == by_path.end()) return nullptr;
      const project::FileFacts& file = p.file(it->second);
      return file.dockerignore ? &file : nullptr;
    };
    const project::FileFacts* ignore = ignore_at(
        Join(folder, std::filesystem::path(f.path.str()).filename().string() + ".dockerignore"));
    std::string root = context.empty() ? folder : context;
    if (!ignore) ignore = ignore_at(Join(root, ".dockerignore"));
    for (std::string up = Parent(root); !ignore && context.empty() && !up.empty(); up = Parent(up))
      if ((ignore = ignore_at(Join(up, ".dockerignore")))) root = up;
    const project::ContextCopy& copy = d.context_copies.front();
    if (!ignore) {
      project::ReportOne(p, emit, *this, copy.at,
                         "`" + copy.line + "` copies the whole build context (" + root +
                             "/), and it has no .dockerignore: a local .env, the .git history "
                             "and node_modules go into the image; add a .dockerignore that "
                             "excludes them",
                         "no-dockerignore|" + copy.line);
      return;
    }
    std::vector<std::string> missing;
    const std::vector<SharedText>& patterns = ignore->dockerignore->patterns;
    if (!df::DockerignoreExcludes(patterns, ".env") ||
        !df::DockerignoreExcludes(patterns, ".env.production"))
      missing.push_back(".env*");
    const bool node = by_path.contains(Join(root, "package.json")) ||
                      ImageName(d.root_base).find("node") != std::string::npos;
    if (node && !df::DockerignoreExcludes(patterns, "node_modules/react/package.json"))
      missing.push_back("node_modules");
    if (root == top && !df::DockerignoreExcludes(patterns, ".git/HEAD")) missing.push_back(".git");
    if (missing.empty()) return;
    std::string list;
    for (const std::string& m : missing) list += (list.empty() ? "" : ", ") + m;
    project::ReportPair(p, emit, *this, copy.at,
                        "`" + copy.line +
                            "` copies the whole build context, and its .dockerignore "
                            "does not exclude " +
                            list + "; add " + (missing.size() == 1 ? "it" : "them"),
                        {{ignore->index, Span::At(1, 1)}, ".dockerignore"},
                        "incomplete|" + copy.line + "|" + list);
  }

  // "node" of "docker.io/library/node:20-slim", "nodejs20-debian12" of the distroless one.
  static std::string ImageName(std::string_view image) {
    const size_t slash = image.find_last_of('/');
    std::string_view name = slash == std::string_view::npos ? image : image.substr(slash + 1);
    return std::string(name.substr(0, name.find_first_of(":@")));
  }
};

}  // namespace

Status MakeDF012(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<CopyContextRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
