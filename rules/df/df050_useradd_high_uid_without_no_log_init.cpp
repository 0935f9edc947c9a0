// DF050 useradd-high-uid-without-no-log-init: A useradd with a high UID and no -l bloats the image
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
      .id = "DF050",
      .name = "useradd-high-uid-without-no-log-init",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3046"},
      .kinds = {InputKind::kDockerfile},
      .summary = "A useradd with a high UID and no -l bloats the image",
      .details = "Fires on `useradd` with a UID (`-u`/`--uid`) of more than five digits and "
                 "without `-l`/`--no-log-init`.",
      .rationale = "useradd reserves a lastlog and faillog entry for every UID up to the new one: "
                   "a sparse file that layers store in full, gigabytes for a UID like 1000000.",
      .bad_example = "FROM debian:12-slim\nRUN useradd -u 1000000 app\n",
      .good_example = "FROM debian:12-slim\nRUN useradd -l -u 1000000 app\n",
      .fix = "Add `-l` (`--no-log-init`).",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class UseraddHighUidWithoutNoLogInitRule : public RuleBase {
 public:
  UseraddHighUidWithoutNoLogInitRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ForEachRunCommand(
        doc, [&](const dockerfile::Instruction&, const dockerfile::ShellCommand& cmd) {
          if (df::NameOf(cmd) != "useradd" || df::HasOption(cmd, {"--no-log-init"}, "l")) return;
          std::string uid;
          for (size_t i = df::NameIndex(cmd) + 1; i < cmd.words.size(); ++i) {
            const std::string& w = cmd.words[i];
            if ((w == "-u" || w == "--uid") && i + 1 < cmd.words.size()) uid = cmd.words[i + 1];
            else if (w.rfind("--uid=", 0) == 0) uid = w.substr(6);
            else if (w.rfind("-u", 0) == 0 && w.size() > 2 && w[2] != '-') uid = w.substr(2);
          }
          if (uid.size() <= 5 || uid.find_first_not_of("0123456789") != std::string::npos) return;
          emit.Report(*this, df::WordSpan(cmd, df::NameIndex(cmd)),
                      "useradd -u " + uid +
                          " without -l writes a lastlog entry for every lower UID; add -l");
        });
  }
};

}  // namespace

Status MakeDF050(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<UseraddHighUidWithoutNoLogInitRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
