// SE024 committed-env-file: a .env file that git tracks or would pick up with `git add .`.
// SourceFile::vcs() asks libgit2 (linter/vcs/git.cpp) whether the file is tracked or ignored.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/env/model.h"
#include "linter/models/secrets/values.h"

namespace k8slint::rules {
namespace {

class CommittedEnvFile : public RuleBase {
 public:
  using RuleBase::RuleBase;
  bool ReadsModelOf(InputKind kind) const override { return kind == InputKind::kEnv; }

  void CheckEnv(const env::File& file, Emitter& emit) const override {
    if (file.IsTemplate()) return;  // templates are meant to be committed (SE025)
    const env::Entry* first = nullptr;
    for (const env::Entry& e : file.entries)
      if (e.has_value && !secrets::IsPlaceholder(e.value)) {
        first = &e;
        break;
      }
    if (!first) return;  // nothing but placeholders: nothing to leak
    std::string message;
    EmitExtras extras{{}, "committed-env-file", {}, {}};
    switch (file.source().vcs()) {
      case VcsStatus::kTracked:
        message = "this env file is tracked by git, so its values are in the history; "
                  "`git rm --cached` it and add it to .gitignore";
        break;
      case VcsStatus::kUntracked:
        message = "this env file is not ignored by .gitignore, so `git add .` would commit it; "
                  "add it to .gitignore";
        break;
      case VcsStatus::kNoRepository:
        message = "this env file is not inside a git repository, so k8slint cannot tell "
                  "whether it will be committed; keep it out of version control";
        extras.max_level = Level::kNote;
        break;
      case VcsStatus::kIgnored: return;
    }
    emit.Report(*this, first->key_span, std::move(message), std::move(extras));
  }
};

}  // namespace

Status MakeSE024(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<CommittedEnvFile>(RuleMeta{
      .id = "SE024",
      .name = "committed-env-file",
      .level = Level::kWarning,
      .aliases = {"secretlint:@secretlint/secretlint-rule-no-dotenv"},
      .kinds = {InputKind::kEnv},
      .summary = "A .env file with values is tracked by git or not ignored",
      .details = "For `.env`, `.env.*` and `*.env` files that hold at least one value that is "
                 "not a placeholder, asks git (libgit2: the index and the ignore rules, "
                 "including global excludes) whether the file is tracked, or untracked and not "
                 "ignored, so that `git add .` would commit it. Ignored files are fine. Outside "
                 "a git work tree the finding says so, as a note, since nothing can be checked. "
                 "Templates (`.env.example`, `.env.sample`, `.env.template`, `.env.dist`, "
                 "`.env.defaults`) are meant to be committed and are SE025's business.",
      .rationale = "`.env` files collect the real credentials of a developer or an "
                   "environment; one `git add .` publishes all of them at once, and the "
                   "history keeps them after the file is removed.",
      .bad_example = "",
      .good_example = "",
      .fix = "Add `.env` (and `.env.*` with `!.env.example`) to .gitignore; if the file was "
             "already committed, `git rm --cached .env`, rotate every credential it held, and "
             "commit a `.env.example` with placeholders instead.",
      .example_path = "",
      .tags = {"security", "secrets"},
      .security_severity = "6.0",
      .kubernetes = true,
  });
  return Status::Ok();
}

}  // namespace k8slint::rules
