// MS003 copy-from-self: `COPY --from=` names the stage it is in.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "rules/ms/copy_from_target.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "MS003",
      .name = "copy-from-self",
      .level = Level::kError,
      .aliases = {"hadolint:DL3023"},
      .kinds = {InputKind::kDockerfile},
      .summary = "COPY --from names the stage it is in",
      .details = "Fires on `COPY --from=<name>` when <name> is the alias or index of the stage "
                 "that contains the instruction.",
      .rationale = "A stage cannot copy from itself: the build fails with a circular dependency, "
                   "usually after a stage was renamed or split.",
      .bad_example = "FROM node:20 AS web\nCOPY --from=web /app/dist /srv\n",
      .good_example = "FROM node:20 AS build\nRUN npm ci\nFROM node:20-slim AS web\n"
                      "COPY --from=build /app/dist /srv\n",
      .fix = "Point --from at the earlier stage that produces the files.",
      .example_path = "Dockerfile",
      .tags = {"correctness"},
  };
}

class CopyFromSelfRule : public RuleBase {
 public:
  CopyFromSelfRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("COPY") && !ins.Is("ADD")) continue;
      const dockerfile::Flag* from = ins.FindFlag("from");
      if (!from || ins.stage < 0) continue;
      if (ClassifyCopyFrom(doc, from->value, ins.stage) == CopyFromTarget::kSelf)
        emit.Report(
            *this, from->span,
            "COPY --from=" + from->value + " names the stage it is in; copy from an earlier stage");
    }
  }
};

}  // namespace

Status MakeMS003(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<CopyFromSelfRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
