// DF024 apt-instead-of-apt-get: RUN uses apt, whose command line is not stable for scripts
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
      .id = "DF024",
      .name = "apt-instead-of-apt-get",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3027"},
      .kinds = {InputKind::kDockerfile},
      .summary = "RUN uses apt, whose command line is not stable for scripts",
      .details = "Fires on an `apt` command in a RUN under a POSIX shell.",
      .rationale = "apt is the interactive front end: its output and options change between "
                   "releases and it warns that it has no stable CLI interface. apt-get and "
                   "apt-cache are the scriptable tools.",
      .bad_example = "FROM debian:12-slim\nRUN apt update && apt install -y curl\n",
      .good_example = "FROM debian:12-slim\nRUN apt-get update && apt-get install -y "
                      "--no-install-recommends curl\n",
      .fix = "Use apt-get (install, update, remove) or apt-cache (search, show).",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class AptInsteadOfAptGetRule : public RuleBase {
 public:
  AptInsteadOfAptGetRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ForEachRunCommand(
        doc, [&](const dockerfile::Instruction&, const dockerfile::ShellCommand& cmd) {
          if (df::NameOf(cmd) != "apt") return;
          emit.Report(*this, df::WordSpan(cmd, df::NameIndex(cmd)),
                      "`apt` has no stable command line for scripts; use apt-get or apt-cache");
        });
  }
};

}  // namespace

Status MakeDF024(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<AptInsteadOfAptGetRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
