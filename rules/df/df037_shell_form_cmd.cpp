// DF037 shell-form-cmd: CMD or ENTRYPOINT in shell form
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF037",
      .name = "shell-form-cmd",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3025"},
      .kinds = {InputKind::kDockerfile},
      .summary = "CMD or ENTRYPOINT in shell form",
      .details = "Fires on a CMD or ENTRYPOINT not written as a JSON array.",
      .rationale = "In shell form the process runs under `/bin/sh -c`, which does not pass "
                   "SIGTERM on, so `docker stop` and Kubernetes wait out the grace period and "
                   "kill the app without a clean shutdown.",
      .bad_example = "FROM python:3.12-slim\nCMD uvicorn app.main:app --host 0.0.0.0\n",
      .good_example = "FROM python:3.12-slim\nCMD [\"uvicorn\", \"app.main:app\", \"--host\", "
                      "\"0.0.0.0\"]\n",
      .fix = "Write the JSON form: `CMD [\"executable\", \"arg\"]`; use `exec` in a wrapper "
             "script if you need a shell.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class ShellFormCmdRule : public RuleBase {
 public:
  ShellFormCmdRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if ((!ins.Is("CMD") && !ins.Is("ENTRYPOINT")) || ins.exec_form || ins.args.empty()) continue;
      emit.Report(*this, ins.args_span,
                  ins.keyword + " in shell form runs under /bin/sh, which does not forward "
                                "signals; use the JSON form [\"executable\", \"arg\"]");
    }
  }
};

}  // namespace

Status MakeDF037(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ShellFormCmdRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
