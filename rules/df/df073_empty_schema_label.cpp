// DF073 empty-schema-label: a label the label-schema names is set to an empty value.
#include <memory>
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
      .id = "DF073",
      .name = "empty-schema-label",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3051"},
      .kinds = {InputKind::kDockerfile},
      .summary = "A label of the label-schema is set to an empty value",
      .details = "When `label-schema` is set in .k8slint.yaml, fires on every LABEL, in any "
                 "stage (as hadolint judges every LABEL instruction), that sets a schema label "
                 "to an empty value as written (`LABEL org.opencontainers.image.version=\"\"`). "
                 "A value from a variable is not judged empty, since the build may pass it. "
                 "With no schema the rule reports nothing.",
      .rationale = "An empty required label satisfies a presence check and tells the tools "
                   "reading it nothing.",
      .bad_example = "# .k8slint.yaml: label-schema: {org.opencontainers.image.version: semver}\n"
                     "FROM nginx:1.27\nLABEL org.opencontainers.image.version=\"\"\n",
      .good_example =
          "# .k8slint.yaml: label-schema: {org.opencontainers.image.version: semver}\n"
          "FROM nginx:1.27\nARG VERSION\nLABEL org.opencontainers.image.version=$VERSION\n",
      .fix = "Set the label's value, or pass it at build time through an ARG.",
      .tags = {"best-practice"},
  };
}

class EmptySchemaLabelRule : public RuleBase {
 public:
  explicit EmptySchemaLabelRule(LabelSchema schema)
      : RuleBase(Meta()), schema_(std::move(schema)) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    if (schema_.labels.empty()) return;
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("LABEL")) continue;
      for (const dockerfile::KeyValue& kv : ins.pairs) {
        const std::string key = LabelKey(kv);
        if (schema_.TypeOf(key) == nullptr || !kv.value.empty()) continue;
        emit.Report(*this, kv.key_span, "label '" + key + "' of label-schema is empty");
      }
    }
  }

 private:
  LabelSchema schema_;
};

}  // namespace

Status MakeDF073(const Config& config, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<EmptySchemaLabelRule>(LabelSchema::FromConfig(config, "DF073"));
  return Status::Ok();
}

}  // namespace k8slint::rules
