// DF074 invalid-typed-label: a label's value is not of the type the label-schema gives it.
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
      .id = "DF074",
      .name = "invalid-typed-label",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3052", "hadolint:DL3053", "hadolint:DL3054", "hadolint:DL3055",
                  "hadolint:DL3056", "hadolint:DL3058"},
      .kinds = {InputKind::kDockerfile},
      .summary = "A label's value is not of the type the label-schema gives it",
      .details =
          "When `label-schema` is set in .k8slint.yaml, fires on every LABEL, in any stage (as "
          "hadolint judges every LABEL instruction), whose schema label holds a non-empty value "
          "not of its type: `url` an absolute URI with a scheme (DL3052), `rfc3339` a time "
          "such as 2026-01-31T12:00:00Z (DL3053), `spdx` an SPDX license expression such as "
          "`Apache-2.0 OR MIT` (DL3054; the grammar is checked, not the list of ids), `hash` "
          "a git commit id of 7 to 40 hex digits or 64 (DL3055), `semver` a semantic version "
          "without a `v` (DL3056), `email` an address without a display name (DL3058). "
          "`text` takes anything. Values still holding a variable after ARG/ENV substitution "
          "are left alone. The message names the type that failed.",
      .rationale = "Tools parse typed labels: a registry links `source` as a URL, a licence "
                   "scanner reads `licenses` as SPDX, release tooling sorts `version` as "
                   "semver. A malformed value breaks them quietly.",
      .bad_example = "# .k8slint.yaml: label-schema: {org.opencontainers.image.version: semver}\n"
                     "FROM nginx:1.27\nLABEL org.opencontainers.image.version=v1.4\n",
      .good_example = "# .k8slint.yaml: label-schema: {org.opencontainers.image.version: semver}\n"
                      "FROM nginx:1.27\nLABEL org.opencontainers.image.version=1.4.0\n",
      .fix = "Write the value in the schema's type, or change the label's type in "
             "label-schema.",
      .tags = {"best-practice"},
  };
}

const char* Describe(const std::string& type) {
  if (type == "url") return "a URL";
  if (type == "rfc3339") return "an RFC 3339 time";
  if (type == "spdx") return "an SPDX license expression";
  if (type == "hash") return "a git hash";
  if (type == "semver") return "a semantic version";
  if (type == "email") return "an email address";
  return "text";
}

class InvalidTypedLabelRule : public RuleBase {
 public:
  explicit InvalidTypedLabelRule(LabelSchema schema)
      : RuleBase(Meta()), schema_(std::move(schema)) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    if (schema_.labels.empty()) return;
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("LABEL")) continue;
      for (const dockerfile::KeyValue& kv : ins.pairs) {
        const std::string key = LabelKey(kv);
        const std::string* type = schema_.TypeOf(key);
        if (type == nullptr || kv.value.empty() || kv.expanded.find('$') != std::string::npos ||
            LabelValueHasType(kv.expanded, *type))
          continue;
        emit.Report(*this, kv.value_span,
                    "label '" + key + "' is not " + Describe(*type) + " (label-schema type " +
                        *type + "): '" + kv.expanded + "'");
      }
    }
  }

 private:
  LabelSchema schema_;
};

}  // namespace

Status MakeDF074(const Config& config, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<InvalidTypedLabelRule>(LabelSchema::FromConfig(config, "DF074"));
  return Status::Ok();
}

}  // namespace k8slint::rules
