// DF052 interactive-tool-in-run: RUN calls a tool that makes no sense in a build
#include <algorithm>
#include <array>
#include <memory>
#include <string>

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
      .id = "DF052",
      .name = "interactive-tool-in-run",
      .level = Level::kNote,
      .aliases = {"hadolint:DL3001"},
      .kinds = {InputKind::kDockerfile},
      .summary = "RUN calls a tool that makes no sense in a build",
      .details = "Fires on ssh, vim, shutdown, service, ps, free, top, kill, mount or ifconfig "
                 "run as a command in a RUN, the list hadolint uses.",
      .rationale = "A build has no terminal, no init system and no other processes: these "
                   "commands fail, hang or do nothing, and usually mean the step belongs in a "
                   "script run at container start.",
      .bad_example = "FROM debian:12-slim\nRUN service nginx start\n",
      .good_example = "FROM debian:12-slim\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n",
      .fix = "Remove the command; start services from CMD or ENTRYPOINT.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class InteractiveToolInRunRule : public RuleBase {
 public:
  InteractiveToolInRunRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    static constexpr std::array<std::string_view, 10> kTools = {
        "ssh", "vim", "shutdown", "service", "ps", "free", "top", "kill", "mount", "ifconfig"};
    df::ForEachRunCommand(
        doc, [&](const dockerfile::Instruction&, const dockerfile::ShellCommand& cmd) {
          const std::string name = df::NameOf(cmd);
          if (std::find(kTools.begin(), kTools.end(), name) == kTools.end()) return;
          emit.Report(*this, df::WordSpan(cmd, df::NameIndex(cmd)),
                      "`" + name +
                          "` makes no sense in a build (no terminal, no init, no other processes)");
        });
  }
};

}  // namespace

Status MakeDF052(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<InteractiveToolInRunRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
