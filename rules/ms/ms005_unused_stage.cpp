// MS005 unused-stage: a stage no later stage builds on, copies from or mounts.
#include <memory>
#include <set>
#include <string>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"

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
      .details = "Fires on the FROM of every stage other than the last that no later stage "
                 "builds on (`FROM <stage>`), copies from (`COPY --from`) or mounts "
                 "(`RUN --mount=...,from=<stage>`).",
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

class UnusedStageRule : public RuleBase {
 public:
  UnusedStageRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    if (doc.stages.size() < 2) return;
    std::set<int> used;
    auto use = [&](const std::string& ref, size_t before) {
      if (const dockerfile::Stage* s = doc.FindStage(ref, before)) used.insert(s->index);
    };
    for (const dockerfile::Stage& s : doc.stages)
      if (s.base_stage >= 0) used.insert(s.base_stage);
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (ins.stage < 0) continue;
      const size_t stage_count = static_cast<size_t>(ins.stage);
      if (const dockerfile::Flag* from = ins.FindFlag("from")) use(from->value, stage_count);
      for (const dockerfile::Flag& f : ins.flags) {  // RUN --mount=type=cache,from=deps
        if (f.name != "mount") continue;
        const size_t at = f.value.find("from=");
        if (at == std::string::npos) continue;
        use(f.value.substr(at + 5, f.value.find(',', at) - at - 5), stage_count);
      }
    }
    for (size_t i = 0; i + 1 < doc.stages.size(); ++i) {
      const dockerfile::Stage& s = doc.stages[i];
      if (used.count(s.index)) continue;
      emit.Report(*this, doc.instructions[s.from].span,
                  "stage '" + s.DisplayName() +
                      "' is never used by a later stage (FROM, COPY --from or RUN --mount from=); "
                      "BuildKit skips it, so its steps run only with --target");
    }
  }
};

}  // namespace

Status MakeMS005(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<UnusedStageRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
