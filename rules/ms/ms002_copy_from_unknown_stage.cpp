// MS002 copy-from-unknown-stage: `COPY --from=` names no stage defined above it.
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
      .id = "MS002",
      .name = "copy-from-unknown-stage",
      .level = Level::kError,
      .aliases = {"hadolint:DL3022"},
      .kinds = {InputKind::kDockerfile},
      .summary = "COPY --from names a stage that does not exist above it",
      .details = "Fires on `COPY --from=<name>` (and ADD) when <name> is neither the alias or "
                 "index of an earlier stage nor an image reference (anything with ':', '/', '@', "
                 "'.' or a variable), and when it names a stage defined later in the file.",
      .rationale = "A typo in a stage alias is not an error to Docker: it silently treats the "
                   "name as an image to pull from Docker Hub, which fails late or, worse, pulls "
                   "someone else's image.",
      .bad_example = "FROM golang:1.22 AS build\nRUN go build -o /out/app .\n"
                     "FROM debian:12-slim\nCOPY --from=builder /out/app /app\n",
      .good_example = "FROM golang:1.22 AS build\nRUN go build -o /out/app .\n"
                      "FROM debian:12-slim\nCOPY --from=build /out/app /app\n",
      .fix = "Use the alias of an earlier stage (`FROM ... AS build` then `COPY --from=build`), "
             "or a full image reference with a tag.",
      .example_path = "Dockerfile",
      .tags = {"correctness"},
  };
}

class CopyFromUnknownStageRule : public RuleBase {
 public:
  CopyFromUnknownStageRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("COPY") && !ins.Is("ADD")) continue;
      const dockerfile::Flag* from = ins.FindFlag("from");
      if (!from || ins.stage < 0) continue;
      const CopyFromTarget t = ClassifyCopyFrom(doc, from->value, ins.stage);
      if (t == CopyFromTarget::kLaterStage)
        emit.Report(*this, from->span,
                    "COPY --from=" + from->value +
                        " names a later stage; stages can only copy from stages "
                        "defined above them");
      if (t == CopyFromTarget::kUnknown)
        emit.Report(*this, from->span,
                    "COPY --from=" + from->value +
                        " names no stage of this Dockerfile (stage aliases are "
                        "case-insensitive); Docker will try to pull an image "
                        "called '" +
                        from->value + "'");
    }
  }
};

}  // namespace

Status MakeMS002(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<CopyFromUnknownStageRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
