// MS005 unused-stage: a stage no later stage builds on, copies from or mounts, and that
// nothing in the repository builds as a target.
#include <memory>
#include <string>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/status.h"
#include "linter/project/build_targets.h"
#include "linter/project/project_rule.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "MS005",
      .name = "unused-stage",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {InputKind::kDockerfile},
      .summary = "A build stage is never used by the final image",
      .details =
          "Fires on the FROM of every stage other than the last that no later stage "
          "builds on (`FROM <stage>`), copies from (`COPY --from`) or mounts "
          "(`RUN --mount=...,from=<stage>`), unless something in the linted files builds it as "
          "a target: `docker build --target <stage>` (also buildx, podman, buildah, "
          "nerdctl, kaniko) in a script, Makefile, CI file, workflow `run:` or markdown, "
          "docker-compose `build.target`, docker/build-push-action's `target:`, or a bake "
          "file's `target = \"<stage>\"`. The target counts for the Dockerfile the command "
          "names (`-f`, or the context's Dockerfile); when that cannot be told, or is not "
          "among the linted files, it counts for every Dockerfile with such a stage. A "
          "target written as a variable (`--target $STAGE`) names no stage.",
      .rationale = "BuildKit skips stages the target does not need, so tests or builds placed "
                   "there silently never run; the legacy builder runs them for nothing. Either "
                   "way it is usually a leftover or a broken `--from` reference.",
      .bad_example = "FROM node:20 AS test\nRUN npm test\nFROM node:20 AS build\nRUN npm ci\n"
                     "FROM node:20-slim\nCOPY --from=build /app /app\n",
      .good_example = "FROM node:20 AS build\nRUN npm ci\nFROM node:20-slim\n"
                      "COPY --from=build /app /app\n",
      .fix = "Delete the stage, or reference it from the stage that needs it (for a test stage, "
             "build it explicitly with `docker build --target test`).",
      .example_path = "Dockerfile",
      .tags = {"maintainability"},
  };
}

class UnusedStageRule : public project::ProjectRule {
 public:
  UnusedStageRule() : ProjectRule(Meta()) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    const project::BuildTargets targets(p);
    for (const project::FileFacts& f : p.files()) {
      if (!f.dockerfile) continue;
      for (const project::UnusedStage& s : f.dockerfile->unused_stages) {
        if (!s.name.empty() && targets.Builds(f.index, s.name)) continue;
        project::ReportOne(p, emit, *this, s.from,
                           "stage '" + s.shown +
                               "' is never used by a later stage (FROM, COPY --from or RUN "
                               "--mount from=) nor built as a target; BuildKit skips it, so its "
                               "steps run only with --target",
                           s.line);
      }
    }
  }
};

}  // namespace

Status MakeMS005(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<UnusedStageRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
