// DF071 required-label-missing: the image lacks a label the configured label-schema requires.
#include <memory>
#include <set>
#include <string>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "rules/df/label_schema.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF071",
      .name = "required-label-missing",
      .level = Level::kNote,
      .aliases = {"hadolint:DL3049"},
      .kinds = {InputKind::kDockerfile},
      .summary = "The image lacks a label the label-schema requires",
      .details = "When `label-schema` is set (top level of .k8slint.yaml, or this rule's "
                 "parameter), fires once per schema label that no LABEL of the image sets, at "
                 "the final stage's FROM. The image is the final stage and the stages it is "
                 "built FROM, since labels are inherited; builder stages that only feed "
                 "`COPY --from` are not shipped and are not judged (hadolint reports every "
                 "stage that lacks the label). Labels inherited from the base image are not "
                 "seen. With no schema the rule reports nothing, as in hadolint.",
      .rationale = "Registries, scanners and deploy tooling find an image's source, version "
                   "and licence through its labels; a team that requires them wants every "
                   "image to carry them.",
      .bad_example = "# .k8slint.yaml: label-schema: {org.opencontainers.image.source: url}\n"
                     "FROM python:3.12-slim\nCMD [\"python\", \"main.py\"]\n",
      .good_example = "# .k8slint.yaml: label-schema: {org.opencontainers.image.source: url}\n"
                      "FROM python:3.12-slim\n"
                      "LABEL org.opencontainers.image.source=https://github.com/acme/api\n"
                      "CMD [\"python\", \"main.py\"]\n",
      .fix = "Add a LABEL for it to the final stage (or a stage it is built FROM), or pass it "
             "with `docker build --label` and drop it from the schema.",
      .tags = {"best-practice"},
  };
}

class RequiredLabelMissingRule : public RuleBase {
 public:
  explicit RequiredLabelMissingRule(LabelSchema schema)
      : RuleBase(Meta()), schema_(std::move(schema)) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    const dockerfile::Stage* final_stage = doc.final_stage();
    if (schema_.labels.empty() || final_stage == nullptr) return;
    std::set<std::string> present;
    for (const dockerfile::Instruction* ins : FinalImageLabels(doc))
      for (const dockerfile::KeyValue& kv : ins->pairs) {
        // A key built from a variable could be any label: claim none missing.
        if (kv.key.find('$') != std::string::npos) return;
        present.insert(LabelKey(kv));
      }
    const dockerfile::Instruction& from = doc.instructions[final_stage->from];
    for (const auto& [key, type] : schema_.labels)
      if (!present.contains(key))
        emit.Report(
            *this, from.span,
            "the image has no label '" + key + "' (" + type + "), which label-schema requires");
  }

 private:
  LabelSchema schema_;
};

}  // namespace

Status MakeDF071(const Config& config, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RequiredLabelMissingRule>(LabelSchema::FromConfig(config, "DF071"));
  return Status::Ok();
}

}  // namespace k8slint::rules
