// MS001 single-stage-build: one stage both builds and ships, so the toolchain ships too.
#include <algorithm>
#include <array>
#include <string>
#include <vector>
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
                 "javac and tsc. A RUN that installs its build dependencies and removes them again "
                 "in the same layer ships no toolchain and is not reported: `apk add --virtual "
                 "<name> ... && apk del <name>`, `apt-get install ... && apt-get purge|remove "
                 "...` naming a build package it installed (gcc, g++, make, build-essential, a "
                 "`-dev`/`-devel` package, or the same `$buildDeps` list), and the same "
                 "with dnf, yum or microdnf `remove|erase`. A removal in a later RUN does not "
                 "count: the layer that installed the toolchain still ships it.",
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

bool IsFlag(const std::string& w) { return w.starts_with("-"); }

// A package that is part of a build toolchain, or the `$buildDeps` list idiom.
bool IsBuildPackage(const std::string& p) {
  static constexpr std::array<std::string_view, 12> kTools = {
      "gcc",        "g++",     "make",     "cmake",    "clang",   "build-essential",
      "pkg-config", "pkgconf", "autoconf", "automake", "libtool", "gcc-c++"};
  if (p.starts_with("$")) return true;
  if (std::find(kTools.begin(), kTools.end(), p) != kTools.end()) return true;
  return p.ends_with("-dev") || p.ends_with("-devel");
}

// The RUN installs build dependencies and removes them before its layer ends, so the
// toolchain it builds with is not in the image (the Docker official images' pattern).
bool RemovesOwnBuildDeps(const dockerfile::Instruction& run) {
  std::vector<std::string> installed;  // apk virtual names and apt/dnf/yum packages
  for (const dockerfile::ShellCommand& cmd : run.commands) {
    const std::string name = dockerfile::CommandName(cmd);
    const std::vector<std::string>& w = cmd.words;
    size_t verb = 1;
    while (verb < w.size() && IsFlag(w[verb])) ++verb;
    if (verb >= w.size()) continue;
    const std::string& v = w[verb];
    if (name == "apk" && v == "add") {
      for (size_t i = verb + 1; i < w.size(); ++i) {
        if ((w[i] == "--virtual" || w[i] == "-t") && i + 1 < w.size()) installed.push_back(w[++i]);
        else if (w[i].starts_with("--virtual=")) installed.push_back(w[i].substr(10));
      }
    } else if (name == "apk" && v == "del") {
      for (size_t i = verb + 1; i < w.size(); ++i)
        if (std::find(installed.begin(), installed.end(), w[i]) != installed.end()) return true;
    } else if (name == "apt-get" || name == "apt" || name == "dnf" || name == "yum" ||
               name == "microdnf") {
      const bool apt = name.starts_with("apt");
      if (v == "install") {
        for (size_t i = verb + 1; i < w.size(); ++i)
          if (!IsFlag(w[i])) installed.push_back(w[i]);
      } else if (apt ? (v == "purge" || v == "remove") : (v == "remove" || v == "erase")) {
        for (size_t i = verb + 1; i < w.size(); ++i)
          if (!IsFlag(w[i]) && IsBuildPackage(w[i]) &&
              std::find(installed.begin(), installed.end(), w[i]) != installed.end())
            return true;
      }
    }
  }
  return false;
}

class SingleStageBuildRule : public RuleBase {
 public:
  SingleStageBuildRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    if (doc.stages.size() != 1) return;
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("RUN") || RemovesOwnBuildDeps(ins)) continue;
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
