// MS001 single-stage-build: one stage both builds and ships, so the toolchain ships too.
#include <array>
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "linter/models/dockerfile/queries.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "MS001",
      .name = "single-stage-build",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {InputKind::kDockerfile},
      .summary =
          "A single-stage image builds its app, so compilers and package caches ship with it",
      .details = "Fires on the first build step of a Dockerfile with exactly one stage. Build "
                 "steps are RUN commands that compile or fetch dependencies: gcc/g++/cc/make/"
                 "cmake, `go build|install`, mvn, gradle/gradlew, `cargo build`, `npm ci|install|"
                 "run build`, `yarn|pnpm install|build`, `pip install`, `dotnet build|publish`, "
                 "javac and tsc.",
      .rationale = "The image that runs in the cluster then carries compilers, dev dependencies "
                   "and caches: hundreds of MB more to pull on every node, and more tools for an "
                   "attacker. A second stage that copies only the built output avoids both.",
      .bad_example = "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n"
                     "CMD [\"node\", \"dist/server.js\"]\n",
      .good_example = "FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n"
                      "FROM node:20-slim\nCOPY --from=build /app/dist /app/dist\nUSER 1000\n"
                      "CMD [\"node\", \"/app/dist/server.js\"]\n",
      .fix = "Split the Dockerfile: build in a `FROM <sdk> AS build` stage, then start the final "
             "stage from a slim runtime image and `COPY --from=build` only the artifacts.",
      .example_path = "Dockerfile",
      .tags = {"size", "security"},
  };
}

bool IsBuildStep(const dockerfile::ShellCommand& cmd) {
  const std::string name = dockerfile::CommandName(cmd);
  auto sub = [&](std::initializer_list<std::string_view> verbs) {
    for (size_t i = 1; i < cmd.words.size(); ++i)
      for (std::string_view v : verbs)
        if (cmd.words[i] == v) return true;
    return false;
  };
  static constexpr std::array<std::string_view, 10> kCompilers = {
      "gcc", "g++", "cc", "c++", "make", "cmake", "mvn", "javac", "tsc", "gradle"};
  for (std::string_view c : kCompilers)
    if (name == c) return true;
  if (name == "gradlew" || name == "mvnw") return true;
  if (name == "go") return sub({"build", "install"});
  if (name == "cargo") return sub({"build", "install"});
  if (name == "npm") return sub({"ci", "install", "i", "build"});
  if (name == "yarn" || name == "pnpm") return cmd.words.size() == 1 || sub({"install", "build"});
  if (name == "pip" || name == "pip3") return sub({"install"});
  if (name.rfind("python", 0) == 0) return sub({"pip"}) && sub({"install"});
  if (name == "dotnet") return sub({"build", "publish", "restore"});
  return false;
}

class SingleStageBuildRule : public RuleBase {
 public:
  SingleStageBuildRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    if (doc.stages.size() != 1) return;
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("RUN")) continue;
      for (const dockerfile::ShellCommand& cmd : ins.commands) {
        if (!IsBuildStep(cmd)) continue;
        std::string shown;
        for (size_t i = 0; i < cmd.words.size() && i < 3; ++i)
          shown += (i ? " " : "") + cmd.words[i];
        emit.Report(*this, Span::At(cmd.positions.front()),
                    "single-stage image builds with `" + shown +
                        "` and ships the toolchain; build in a `FROM ... AS build` stage and "
                        "COPY --from=build only the output into a slim final stage");
        return;
      }
    }
  }
};

}  // namespace

Status MakeMS001(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<SingleStageBuildRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
