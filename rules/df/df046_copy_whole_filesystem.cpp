// DF046 copy-whole-filesystem: COPY --from copies a stage's whole filesystem
#include <memory>
#include <string>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "rules/df/paths.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF046",
      .name = "copy-whole-filesystem",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3067"},
      .kinds = {InputKind::kDockerfile},
      .summary = "COPY --from copies a stage's whole filesystem",
      .details = "Fires on `COPY --from=<stage or image>` with `/` as a source.",
      .rationale = "Copying `/` brings the build stage's compilers, caches and package databases "
                   "into the final image, which undoes the multi-stage build.",
      .bad_example = "FROM golang:1.22 AS build\nRUN go build -o /out/app ./cmd/app\nFROM "
                     "gcr.io/distroless/static-debian12\nCOPY --from=build / /\n",
      .good_example = "FROM golang:1.22 AS build\nRUN go build -o /out/app ./cmd/app\nFROM "
                      "gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\n",
      .fix = "Copy only the artifacts the final image needs.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class CopyWholeFilesystemRule : public RuleBase {
 public:
  CopyWholeFilesystemRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("COPY") || !ins.FindFlag("from")) continue;
      for (const std::string& src : df::CopySources(ins, doc.escape))
        if (src == "/") {
          emit.Report(*this, ins.args_span,
                      "COPY --from=" + ins.FindFlag("from")->value +
                          " / copies the whole filesystem; copy only the artifacts");
          break;
        }
    }
  }
};

}  // namespace

Status MakeDF046(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<CopyWholeFilesystemRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
