// DF035 untagged-base-image: FROM names an image without a tag
#include <memory>
#include <string>

#include "linter/core/excerpt.h"
#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF035",
      .name = "untagged-base-image",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3006"},
      .kinds = {InputKind::kDockerfile},
      .summary = "FROM names an image without a tag",
      .details = "Fires on a FROM whose image, after global ARG substitution, has neither a tag "
                 "nor a digest. `scratch`, earlier stages and images still holding an unresolved "
                 "`$VARIABLE` are exempt.",
      .rationale = "An untagged image means `latest`: whatever was pushed last, so the build "
                   "changes under you without a commit.",
      .bad_example = "FROM python\nCMD [\"python\"]\n",
      .good_example = "FROM python:3.12-slim\nCMD [\"python\"]\n",
      .fix = "Name a tag (`python:3.12-slim`), or better a digest too.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class UntaggedBaseImageRule : public RuleBase {
 public:
  UntaggedBaseImageRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Stage& s : doc.stages) {
      if (s.base_stage >= 0 || s.base.text.empty() || s.base.text.find('$') != std::string::npos)
        continue;
      if (s.base.text == "scratch" || !s.base.tag.empty() || !s.base.digest.empty()) continue;
      if (doc.FindStage(s.base.text, static_cast<size_t>(s.index))) continue;
      const dockerfile::Instruction& from = doc.instructions[s.from];
      emit.Report(*this, from.args_span,
                  "FROM " + Excerpt(s.base.text) +
                      " has no tag, so it is whatever `latest` is today; "
                      "name a tag such as `" +
                      Excerpt(s.base.text) + ":<version>`");
    }
  }
};

}  // namespace

Status MakeDF035(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<UntaggedBaseImageRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
