#include "rules/k8l/k8l004_skipped_file.h"

#include <memory>

#include "linter/core/config.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"

namespace k8slint::rules {

Status MakeK8L004(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<RuleBase>(RuleMeta{
      .id = kSkippedFile,
      .name = "skipped-file",
      .level = Level::kNote,
      .aliases = {},
      .kinds = {},
      .summary = "A file was not linted because it is too large, binary or a template of "
                 "another tool, or Helm templates were not rendered",
      .details = "Files above the size limit (64 MiB by default), and standard input over it, "
                 "are skipped; binary files (a NUL byte in the first 8 KiB, which is all that "
                 "is read of them) are skipped when given explicitly. A file whose kind its "
                 "name tells (.env, Dockerfile, YAML, .ps1, .md) is linted even with a stray "
                 "NUL, so its secrets are still found. Binary files met during a folder walk "
                 "are skipped without a note, as git does; FIFOs, sockets and devices met "
                 "there are reported with this note and never opened. "
                 "`k8slint chart` reports the chart's templates/ folder when helm is not on "
                 "PATH: templates are Go templates, so only what helm renders from them can be "
                 "linted as manifests. Templates and patches of another tool are read for "
                 "secrets only, with one note each: names such as `Dockerfile.tmpl`, "
                 "`Dockerfile.template`, `deploy.yaml.j2` or `Dockerfile.patch`, a Dockerfile "
                 "with `{{ }}` or `{% %}` lines where instructions belong or in a FROM image, "
                 "and YAML whose template syntax keeps it from parsing (docs/"
                 "templates-and-other-yaml.md).",
      .rationale = "Skipping is sometimes right, but never silently: the report lists what "
                   "was not checked.",
      .bad_example = "",
      .good_example = "",
      .fix = "Nothing to fix if the file is not meant to be linted; otherwise exclude it or "
             "split it. For templates, install helm and run `k8slint chart` again.",
      .example_path = "",
      .tags = {"correctness"},
      .reads_every_yaml_document = true,
  });
  return Status::Ok();
}

}  // namespace k8slint::rules
