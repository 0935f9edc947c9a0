// DF048 pipe-without-pipefail: RUN pipes commands while a failure on the left is ignored
#include <memory>
#include <string>
#include <vector>

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
      .id = "DF048",
      .name = "pipe-without-pipefail",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL4006"},
      .kinds = {InputKind::kDockerfile},
      .summary = "RUN pipes commands while a failure on the left is ignored",
      .details = "Fires on the first pipe `|` of a RUN under a POSIX shell when neither the "
                 "stage's SHELL sets `-o pipefail` (as `-o pipefail` or a cluster such as `-eo "
                 "pipefail`) nor the RUN runs `set -o pipefail` before the pipe.",
      .rationale = "A pipeline's status is that of its last command: `curl ... | tar -x` succeeds "
                   "when the download fails, so the image builds with missing files.",
      .bad_example = "FROM debian:12-slim\nRUN curl -fsSL https://example.com/tool.tgz | tar -xz "
                     "-C /usr/local/bin\n",
      .good_example = "FROM debian:12-slim\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", "
                      "\"-c\"]\nRUN curl -fsSL https://example.com/tool.tgz | tar -xz -C "
                      "/usr/local/bin\n",
      .fix = "Add `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` (on Alpine "
             "`[\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]`) before the RUN, or start the RUN "
             "with `set -o pipefail &&`.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

// `-o pipefail` among the words from `from` on: as two words, or an option cluster
// holding `o` (`-eo`, `-euxo`) followed by pipefail.
bool SetsPipefail(const std::vector<std::string>& words, size_t from) {
  for (size_t i = from; i + 1 < words.size(); ++i)
    if (words[i + 1] == "pipefail" && words[i].size() >= 2 && words[i][0] == '-' &&
        words[i].back() == 'o')
      return true;
  return false;
}

class PipeWithoutPipefailRule : public RuleBase {
 public:
  PipeWithoutPipefailRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!df::IsPosixRun(ins) || (ins.shell && SetsPipefail(*ins.shell, 1))) continue;
      for (const dockerfile::ShellCommand& cmd : ins.commands) {
        if (df::NameOf(cmd) == "set" && SetsPipefail(cmd.words, df::NameIndex(cmd) + 1)) break;
        if (cmd.separator != "|") continue;
        emit.Report(*this, df::WordSpan(cmd, df::NameIndex(cmd)),
                    "the pipe into `" + df::NameOf(cmd) +
                        "` hides a failure of the command before it; "
                        "set `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` first");
        break;
      }
    }
  }
};

}  // namespace

Status MakeDF048(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<PipeWithoutPipefailRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
