#include "rules/k8l/k8l008_findings_capped.h"

#include <memory>

#include "linter/core/config.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"

namespace k8slint::rules {

Status MakeK8L008(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RuleBase>(RuleMeta{
      .id = kFindingsCapped,
      .name = "findings-capped",
      .level = Level::kNote,
      .aliases = {},
      .kinds = {},
      .summary = "Some findings of a file were not shown: a rule reached its cap for the file "
                 "or for one line",
      .details = "A rule shows at most 1000 findings in one file and 20 on one line "
                 "(`max-findings-per-rule` and `max-findings-per-line` in the config file; 0 "
                 "lifts a cap). The findings past a cap are not reported one by one: this note, "
                 "once per file at line 1, says how many more each rule had. Generated or "
                 "minified files (a rendered manifest with thousands of objects, a one-line "
                 "script) would otherwise fill the report with one problem repeated, and "
                 "findings would take memory in proportion to the input. Caps count findings "
                 "before suppressions: a suppressed finding still takes a place under its "
                 "rule's cap, but is never counted in the note. The findings shown keep the "
                 "fingerprints they have without caps, so baselines keep matching.",
      .rationale = "The first findings of a repeated problem say all there is to fix; a bounded "
                   "report stays readable, and a run on any input stays within bounded time "
                   "and memory (docs/architecture.md, Limits).",
      .bad_example = "",
      .good_example = "",
      .fix = "Fix the findings shown and run again, or raise the caps in `.k8slint.yaml` to "
             "see them all.",
      .example_path = "",
      .tags = {"correctness"},
  });
  return Status::Ok();
}

}  // namespace k8slint::rules
