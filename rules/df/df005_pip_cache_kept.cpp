// DF005 pip-cache-kept: `pip install` without --no-cache-dir in a shipped stage keeps
// the wheel cache.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "rules/df/layer_cleanup.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF005",
      .name = "pip-cache-kept",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3042"},
      .kinds = {InputKind::kDockerfile},
      .summary = "`pip install` without `--no-cache-dir` leaves pip's cache in the layer",
      .details =
          "Fires on `pip install` (pip, pip3, pip3.12, `python -m pip`) without "
          "`--no-cache-dir` in a stage that ships (the final stage and the stages it is built "
          "FROM). Exempt, as in hadolint: `PIP_NO_CACHE_DIR` set by ENV or ARG earlier in the "
          "stage (or a stage it is built FROM), by a `PIP_NO_CACHE_DIR=1` prefix or an earlier "
          "`export` in the RUN; a `RUN --mount=type=cache` (or tmpfs) at ~/.cache/pip or "
          "~/.cache. Also exempt: a RUN that removes the cache itself (`rm -rf "
          "/root/.cache/pip`), and a stage where an earlier instruction configures pip "
          "(`pip config set global.no-cache-dir`, a copied pip.conf).",
      .rationale = "pip keeps every downloaded wheel under ~/.cache/pip; for a data-science "
                   "stack (numpy, pandas, torch) that doubles the size of the install.",
      .bad_example = "FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r "
                     "requirements.txt\n",
      .good_example = "FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install "
                      "--no-cache-dir -r requirements.txt\n",
      .fix = "Add `--no-cache-dir` to `pip install`, set `ENV PIP_NO_CACHE_DIR=1` once at the top "
             "of the stage, or mount a cache: `RUN --mount=type=cache,target=/root/.cache/pip`.",
      .example_path = "Dockerfile",
      .tags = {"size", "dockerfile"},
  };
}

class PipCacheKeptRule : public RuleBase {
 public:
  PipCacheKeptRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ForEachShippedCommand(doc, [&](const dockerfile::Instruction& run,
                                       const df::PackageCommand& cmd) {
      if (cmd.manager != df::PackageManager::kPip || cmd.subcommand != "install") return;
      if (cmd.HasFlag({"no-cache-dir"})) return;
      if (df::VariableSet(doc, run, cmd, "PIP_NO_CACHE_DIR")) return;
      if (df::MountsCacheAt(run, {"/root/.cache/pip"}) || df::RemovesDir(run, {"/root/.cache/pip"}))
        return;
      if (df::EarlierMentions(doc, run, "global.no-cache-dir") ||
          df::EarlierMentions(doc, run, "pip.conf"))
        return;
      emit.Report(*this, cmd.ManagerSpan(),
                  "`" + cmd.spelling +
                      " install` without `--no-cache-dir` leaves pip's cache "
                      "(~/.cache/pip) in this layer; add `--no-cache-dir` or set `ENV "
                      "PIP_NO_CACHE_DIR=1`");
    });
  }
};

}  // namespace

Status MakeDF005(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<PipCacheKeptRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
