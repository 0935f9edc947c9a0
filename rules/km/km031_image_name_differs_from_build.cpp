// KM031 image-name-differs-from-build: a workload runs an image of a Dockerfile of the
// repository under another name than the build commands give it.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/project/project_rule.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "KM031",
      .name = "image-name-differs-from-build",
      .level = Level::kNote,
      .aliases = {},
      .kinds = {},
      .summary =
          "A workload references a repository's image under another name than it is built as",
      .details = "The build commands of the inputs (`docker build -t NAME CONTEXT`, `docker "
                 "buildx build`, `podman build`, `minikube image build`, in scripts and README "
                 "code blocks) name the image each Dockerfile builds. When a container or a values "
                 "scope is tied to that Dockerfile by the chart's structure (the values component "
                 "key, the rendered template's file name, the chart or the container name equals "
                 "the Dockerfile's folder; see docs/project-model.md) but its image is none of the "
                 "built names, this fires. It is a note: a link made by structure alone may be "
                 "wrong (the image may come from elsewhere), so it asks for a look rather than "
                 "failing a build; raise its level in the config to enforce it.",
      .rationale = "On Minikube and kind, pods use images built locally: a name that differs from "
                   "the `docker build -t` tag gives ErrImageNeverPull or ImagePullBackOff, and in "
                   "CI it deploys an old image pushed under the other name.",
      .bad_example = "# README.md\n    docker build -t todo-mcp-server:1.0.0 ./mcp-server\n"
                     "# deploy/rendered.yaml\n# Source: todo/templates/mcp-server.yaml\n"
                     "        image: todo-mcp:1.0.0\n",
      .good_example = "# README.md\n    docker build -t todo-mcp-server:1.0.0 ./mcp-server\n"
                      "# deploy/rendered.yaml\n# Source: todo/templates/mcp-server.yaml\n"
                      "        image: todo-mcp-server:1.0.0\n",
      .fix = "Reference the image by the name it is built as (or change the build command's -t).",
      .example_path = "",
      .tags = {"correctness", "kubernetes", "cross-file"},
      .kubernetes = true,
  };
}

class ImageNameDiffersFromBuildRule : public project::ProjectRule {
 public:
  ImageNameDiffersFromBuildRule() : ProjectRule(Meta()) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    p.ForEachContainer([&](const project::FileFacts&, const project::Workload& w,
                           const project::ContainerFact& c) {
      if (c.by_structure)
        Check(p, emit, c.image_at, c.image, c.dockerfile, c.via, project::Describe(w, c));
    });
    for (const project::FileFacts& f : p.files())
      for (const project::ValuesScope& v : f.values)
        if (v.by_structure)
          Check(p, emit, v.repository_at, v.repository, v.dockerfile, v.via,
                "values " + (v.component.empty() ? std::string("(top level)") : v.component.str()));
  }

 private:
  // Structural links only exist when no build command names the image (step 2 of the
  // linker comes first), so any build name of the Dockerfile is a different name.
  void Check(const project::Project& p, Emitter& emit, const project::Loc& at,
             const std::string& image, int dockerfile, const std::string& via,
             const std::string& who) const {
    const std::vector<project::BuildName>& built = p.BuiltAs(dockerfile);
    if (built.empty()) return;
    project::ReportPair(p, emit, *this, at,
                        "image '" + image + "' of " + who + " runs " +
                            p.files()[static_cast<size_t>(dockerfile)].path + " (by " + via +
                            "), which is built as '" + built.front().repository + "'",
                        {built.front().at, "docker build -t " + built.front().repository},
                        who + " " + image + " vs " + built.front().repository);
  }
};

}  // namespace

Status MakeKM031(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ImageNameDiffersFromBuildRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
