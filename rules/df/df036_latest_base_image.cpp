// DF036 latest-base-image: FROM uses the latest tag
#include <memory>

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
      .id = "DF036",
      .name = "latest-base-image",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3007"},
      .kinds = {InputKind::kDockerfile},
      .summary = "FROM uses the latest tag",
      .details = "Fires on a FROM whose image is tagged `latest` without a digest.",
      .rationale = "`latest` moves: every build may get a different base, with different "
                   "packages, users and vulnerabilities, and a rollback does not roll the base "
                   "back.",
      .bad_example = "FROM node:latest\nCMD [\"node\", \"server.js\"]\n",
      .good_example = "FROM node:20.17-slim\nCMD [\"node\", \"server.js\"]\n",
      .fix = "Pin a version tag (`node:20.17-slim`), optionally with `@sha256:...`.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class LatestBaseImageRule : public RuleBase {
 public:
  LatestBaseImageRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Stage& s : doc.stages) {
      if (s.base_stage >= 0 || s.base.tag != "latest" || !s.base.digest.empty()) continue;
      emit.Report(
          *this, doc.instructions[s.from].args_span,
          "FROM " + Excerpt(s.base.text) + " uses `latest`, which moves; pin a version tag");
    }
  }
};

}  // namespace

Status MakeDF036(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<LatestBaseImageRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
