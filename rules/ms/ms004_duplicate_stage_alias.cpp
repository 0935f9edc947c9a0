// MS004 duplicate-stage-alias: two stages share one alias.
#include <map>
#include <memory>
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
      .id = "MS004",
      .name = "duplicate-stage-alias",
      .level = Level::kError,
      .aliases = {"hadolint:DL3024"},
      .kinds = {InputKind::kDockerfile},
      .summary = "Two stages share one alias",
      .details = "Fires on the second and later `FROM ... AS <name>` that reuse a name already "
                 "given to an earlier stage (compared case-insensitively, as Docker does).",
      .rationale = "Docker rejects duplicate stage names; when the build tool tolerates it, "
                   "`COPY --from=<name>` resolves to whichever stage it finds first, which is "
                   "rarely the one meant.",
      .bad_example =
          "FROM node:20 AS build\nRUN npm ci\nFROM node:20 AS build\nRUN npm run build\n",
      .good_example = "FROM node:20 AS deps\nRUN npm ci\nFROM deps AS build\nRUN npm run build\n",
      .fix = "Rename one of the stages and update the `--from=` references.",
      .example_path = "Dockerfile",
      .tags = {"correctness"},
  };
}

class DuplicateStageAliasRule : public RuleBase {
 public:
  DuplicateStageAliasRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    std::map<std::string, const dockerfile::Stage*> seen;
    for (const dockerfile::Stage& s : doc.stages) {
      if (s.alias.empty()) continue;
      auto [it, inserted] = seen.emplace(s.alias, &s);
      if (inserted) continue;
      const dockerfile::Instruction& first = doc.instructions[it->second->from];
      EmitExtras extras;
      extras.related.push_back({doc.source().path(), first.span, "first defined here"});
      emit.Report(*this, doc.instructions[s.from].span,
                  "stage alias '" + s.alias + "' is already used by stage " +
                      std::to_string(it->second->index) + " (line " +
                      std::to_string(first.span.begin.line) + "); give each stage a unique name",
                  std::move(extras));
    }
  }
};

}  // namespace

Status MakeMS004(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<DuplicateStageAliasRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
