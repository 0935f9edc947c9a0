// DF026 wget-and-curl: Both wget and curl are used to download
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
      .id = "DF026",
      .name = "wget-and-curl",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL4001"},
      .kinds = {InputKind::kDockerfile},
      .summary = "Both wget and curl are used to download",
      .details = "Fires on the first use of the second of the two tools when RUNs of the same "
                 "file call both `wget` and `curl`.",
      .rationale = "Two download tools means two packages to install, patch and ship; one of them "
                   "does everything the build needs.",
      .bad_example = "FROM debian:12-slim\nRUN curl -fsSL https://example.com/a.sh -o /a.sh\nRUN "
                     "wget -q https://example.com/b.tgz\n",
      .good_example = "FROM debian:12-slim\nRUN curl -fsSL https://example.com/a.sh -o /a.sh\nRUN "
                      "curl -fsSLO https://example.com/b.tgz\n",
      .fix = "Pick one (curl is in more base images) and use it for every download.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class WgetAndCurlRule : public RuleBase {
 public:
  WgetAndCurlRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    const dockerfile::ShellCommand* first = nullptr;
    std::string first_name;
    bool done = false;
    df::ForEachRunCommand(doc, [&](const dockerfile::Instruction&,
                                   const dockerfile::ShellCommand& cmd) {
      const std::string name = df::NameOf(cmd);
      if (done || (name != "curl" && name != "wget")) return;
      if (!first) {
        first = &cmd;
        first_name = name;
        return;
      }
      if (name == first_name) return;
      done = true;
      emit.Report(*this, df::WordSpan(cmd, df::NameIndex(cmd)),
                  "both wget and curl are used (" + first_name + " at line " +
                      std::to_string(first->positions.front().line) + "); use one download tool");
    });
  }
};

}  // namespace

Status MakeDF026(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<WgetAndCurlRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
