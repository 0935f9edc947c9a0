// DF049 wget-without-progress: A wget without --progress fills the build log
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "rules/df/run_commands.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF049",
      .name = "wget-without-progress",
      .level = Level::kNote,
      .aliases = {"hadolint:DL3047"},
      .kinds = {InputKind::kDockerfile},
      .summary = "A wget without --progress fills the build log",
      .details = "Fires on a `wget` in a RUN that has none of `--progress`, `-q`/`--quiet`, "
                 "`-nv`/`--no-verbose`, `-o`/`--output-file` or `-a`/`--append-output`.",
      .rationale = "wget's default progress bar writes a line per chunk when there is no "
                   "terminal: megabytes of log for one download, which hides the lines that "
                   "matter.",
      .bad_example = "FROM debian:12-slim\nRUN wget https://example.com/tool.tgz\n",
      .good_example = "FROM debian:12-slim\nRUN wget --progress=dot:giga "
                      "https://example.com/tool.tgz\n",
      .fix = "Add `--progress=dot:giga` (or `-q`).",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class WgetWithoutProgressRule : public RuleBase {
 public:
  WgetWithoutProgressRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ForEachRunCommand(doc,
                          [&](const dockerfile::Instruction&, const dockerfile::ShellCommand& cmd) {
                            if (df::NameOf(cmd) != "wget") return;
                            if (df::HasOption(cmd,
                                              {"--progress", "--quiet", "--no-verbose",
                                               "--output-file", "--append-output", "-nv"},
                                              "qoa"))
                              return;
                            emit.Report(*this, df::WordSpan(cmd, df::NameIndex(cmd)),
                                        "wget without --progress writes its progress bar into the "
                                        "build log; add `--progress=dot:giga` or -q");
                          });
  }
};

}  // namespace

Status MakeDF049(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<WgetWithoutProgressRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
