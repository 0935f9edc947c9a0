// DF072 label-not-in-schema: with strict-labels, a LABEL key the label-schema does not name.
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
      .id = "DF072",
      .name = "label-not-in-schema",
      .level = Level::kNote,
      .aliases = {"hadolint:DL3050"},
      .kinds = {InputKind::kDockerfile},
      .summary = "A LABEL key is not in the label-schema while strict-labels is on",
      .details = "When `strict-labels: true` and a `label-schema` are set in .k8slint.yaml, "
                 "fires on every LABEL key, in any stage, that the schema does not name, as "
                 "hadolint judges every LABEL instruction. Keys holding a variable are left "
                 "alone. Without strict-labels or without a schema the rule reports nothing.",
      .rationale = "A strict schema keeps an organisation's labels to one vocabulary, so "
                   "tools that query them find them; a stray key is often a typo of a schema "
                   "label.",
      .bad_example = "# .k8slint.yaml: strict-labels: true\n"
                     "#   label-schema: {org.opencontainers.image.source: url}\n"
                     "FROM nginx:1.27\nLABEL org.opencontainers.image.sourc=https://x.test\n",
      .good_example = "# .k8slint.yaml: strict-labels: true\n"
                      "#   label-schema: {org.opencontainers.image.source: url}\n"
                      "FROM nginx:1.27\nLABEL org.opencontainers.image.source=https://x.test\n",
      .fix = "Use a label of the schema (check the spelling), or add the label to "
             "label-schema.",
      .tags = {"best-practice"},
  };
}

class LabelNotInSchemaRule : public RuleBase {
 public:
  explicit LabelNotInSchemaRule(LabelSchema schema)
      : RuleBase(Meta()), schema_(std::move(schema)) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    if (!schema_.strict || schema_.labels.empty()) return;
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("LABEL")) continue;
      for (const dockerfile::KeyValue& kv : ins.pairs) {
        const std::string key = LabelKey(kv);
        if (key.find('$') != std::string::npos || schema_.TypeOf(key) != nullptr) continue;
        emit.Report(*this, kv.key_span,
                    "label '" + key + "' is not in label-schema (strict-labels is on)");
      }
    }
  }

 private:
  LabelSchema schema_;
};

}  // namespace

Status MakeDF072(const Config& config, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<LabelNotInSchemaRule>(LabelSchema::FromConfig(config, "DF072"));
  return Status::Ok();
}

}  // namespace k8slint::rules
