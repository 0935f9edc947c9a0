// Linker: fills in which Dockerfile builds each image a container or values scope
// references, and which values scope configures each container. Runs once, from the
// Project constructor. Conventions, in order (docs/project-model.md):
//   1. config `images:` mapping (repository -> Dockerfile path);
//   2. a build command of the inputs (`docker build -t NAME CONTEXT`);
//   3. the image name (last path segment of the repository) equals a Dockerfile key:
//      its build-context folder, `<name>` of `<name>.Dockerfile`/`Dockerfile.<name>`,
//      or its LABEL org.opencontainers.image.title;
//   4. the image name is `<prefix>-<key>` where prefix is a chart name or a folder above
//      the Dockerfile (or their first word): `todo-backend` -> backend/Dockerfile;
//   5. structure: the values component (`mcpServer:` -> mcp-server), the rendered
//      template (`templates/mcp-server.yaml`), the chart name or the container name
//      equals a Dockerfile key.
// Several candidates at one step: the Dockerfile nearest the referencing file wins; a
// tie leaves the image unlinked (ambiguous).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "linter/project/project.h"

namespace k8slint::project {

// The folder of `path` ("." for a bare file name), '/'-separated, normalised.
std::string FolderOf(const std::string& path);
// Index (among `candidates`, file indexes) of the file whose folder shares the most
// leading folders with `from`; -1 on a tie or an empty list.
int Nearest(const FileTable& files, const std::vector<uint32_t>& candidates,
            const std::string& from);

class Linker {
 public:
  explicit Linker(Project& p) : p_(p) {}
  void Run();

 private:
  struct Result {
    int dockerfile = kNone;
    std::string via;
    std::string problem;      // why nothing was linked, when a step found several or none
    bool structural = false;  // step 5
  };
  void Index();
  Result Resolve(const std::string& image, const std::string& from,
                 const std::vector<std::pair<std::string, std::string>>& hints) const;
  Result Pick(const std::vector<uint32_t>& candidates, const std::string& from,
              std::string via) const;
  int FindDockerfilePath(const std::string& path) const;
  // Stores `r` in the values scope or container `target` (both have dockerfile, via and
  // by_structure) and lists `image` at `at` as unlinked when nothing matched.
  template <class Target>
  void Apply(const Result& r, const Loc& at, const std::string& image, Target* target);
  void LinkValues();
  void LinkContainers();

  Project& p_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_key_;
  std::unordered_map<std::string, uint32_t> by_path_;
  std::unordered_map<std::string, uint32_t> by_context_;  // folder -> its Dockerfile
  std::unordered_map<std::string, std::vector<uint32_t>> by_build_name_;
  std::unordered_map<std::string, std::vector<std::pair<uint32_t, uint32_t>>> values_by_repo_;
  std::vector<std::string> prefixes_;  // chart names and their first words
};

}  // namespace k8slint::project
