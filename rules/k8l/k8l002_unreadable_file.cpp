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
      .details = "Reported, with the real reason, for paths that exist but cannot be "
                 "examined, opened or read: permission denied (also for entries of a folder "
                 "that can be listed but not searched), file name too long, symbolic link "
                 "loop, broken symbolic link, not a regular file (a FIFO, socket or device "
                 "named explicitly, refused without opening it), I/O errors. The rest of the "
                 "run goes on; only a path that does not exist at all stops it (exit 2).",
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
