// DF051 missing-healthcheck: The image defines no HEALTHCHECK
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF051",
      .name = "missing-healthcheck",
      .level = Level::kNote,
      .aliases = {"hadolint:DL3057"},
      .kinds = {InputKind::kDockerfile},
      .summary = "The image defines no HEALTHCHECK",
      .details = "Off by default, as in hadolint. Fires at the final stage's FROM when no stage "
                 "of the file has a HEALTHCHECK.",
      .rationale = "Docker and Compose only know a container is unhealthy if the image says how "
                   "to tell. (Kubernetes ignores HEALTHCHECK and uses probes: leave this rule off "
                   "for images that only run there.)",
      .bad_example = "FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\n",
      .good_example = "FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\nHEALTHCHECK CMD curl "
                      "-fs http://localhost/ || exit 1\n",
      .fix = "Add `HEALTHCHECK CMD <command that fails when the app is unhealthy>` (or "
             "`HEALTHCHECK NONE` to say there is none).",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
      .opt_in = true,
  };
}

class MissingHealthcheckRule : public RuleBase {
 public:
  MissingHealthcheckRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    const dockerfile::Stage* last = doc.final_stage();
    if (!last) return;
    for (const dockerfile::Instruction& ins : doc.instructions)
      if (ins.Is("HEALTHCHECK")) return;
    emit.Report(*this, doc.instructions[last->from].span,
                "the image has no HEALTHCHECK; add one (or HEALTHCHECK NONE)");
  }
};

}  // namespace

Status MakeDF051(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MissingHealthcheckRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
