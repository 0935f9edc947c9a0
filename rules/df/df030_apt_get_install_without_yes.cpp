// DF030 apt-get-install-without-yes: Install with apt-get that does not answer yes (-y)
#include <memory>
#include <string>

#include "linter/core/ascii.h"
#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "rules/df/package_commands.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF030",
      .name = "apt-get-install-without-yes",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3014"},
      .kinds = {InputKind::kDockerfile},
      .summary = "Install with apt-get that does not answer yes (-y)",
      .details = "Fires on `apt-get install` without `--yes`, `--assume-yes`. `-qq` (which "
                 "implies `-y`), `-o APT::Get::Assume-Yes=true` and a `yes |` in front also count.",
      .rationale = "Without it the package manager asks for confirmation; with no terminal the "
                   "answer is no, so the build fails (or, for some tools, hangs).",
      .bad_example = "FROM debian:12-slim\nRUN apt-get update && apt-get install "
                     "--no-install-recommends curl\n",
      .good_example = "FROM debian:12-slim\nRUN apt-get update && apt-get install -y "
                      "--no-install-recommends curl\n",
      .fix = "Add `--yes`.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

// `-qq` (quiet level 2) implies `-y` in apt-get.
bool QuietTwice(const df::PackageCommand& pc) {
  int level = 0;
  for (const df::PackageFlag& f : pc.flags) {
    if (f.name == "q" && !f.long_form) ++level;
    if ((f.name == "quiet" || f.name == "q") && f.value == "2") level = 2;
  }
  return level >= 2;
}

bool AssumeYesOption(const df::PackageCommand& pc) {
  for (const df::PackageFlag& f : pc.flags) {
    if (f.name != "o" && f.name != "option") continue;
    const std::string v = AsciiLower(f.value);
    if (v == "apt::get::assume-yes=true" || v == "apt::get::assume-yes=1" ||
        v == "apt::get::assume-yes=yes")
      return true;
  }
  return false;
}

class AptGetInstallWithoutYesRule : public RuleBase {
 public:
  AptGetInstallWithoutYesRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("RUN")) continue;
      for (const df::PackageCommand& pc : df::PackageCommands(ins)) {
        if (pc.manager != df::PackageManager::kAptGet) continue;
        if (pc.subcommand != "install") continue;
        if (pc.HasFlag({"yes", "assume-yes", "y"}) || QuietTwice(pc) || AssumeYesOption(pc) ||
            pc.command->separator == "|")
          continue;
        emit.Report(
            *this, pc.ManagerSpan(),
            "`" + pc.spelling + " " + pc.subcommand + "` without -y asks for confirmation; add -y");
      }
    }
  }
};

}  // namespace

Status MakeDF030(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<AptGetInstallWithoutYesRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
