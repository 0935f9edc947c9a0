#include "rules/k8l/k8l002_unreadable_file.h"

#include <memory>

#include "linter/core/config.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"

namespace k8slint::rules {

Status MakeK8L002(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RuleBase>(RuleMeta{
      .id = kUnreadableFile,
      .name = "unreadable-file",
      .level = Level::kError,
      .aliases = {},
      .kinds = {},
      .summary = "A file or folder in the lint set could not be read",
      .details = "Reported for files that exist but cannot be opened or read (permissions, "
                 "I/O errors) and for broken symbolic links found while walking a folder.",
      .rationale = "A check that could not see a file cannot vouch for it; the report says so "
                   "instead of passing silently.",
      .bad_example = "",
      .good_example = "",
      .fix = "Make the file readable by the user running k8slint, or exclude its path.",
      .example_path = "",
      .tags = {"correctness"},
  });
  return Status::Ok();
}

}  // namespace k8slint::rules
