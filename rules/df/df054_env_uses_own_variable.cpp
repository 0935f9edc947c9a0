// DF054 env-uses-own-variable: ENV refers to a variable defined in the same ENV
#include <cctype>
#include <memory>
#include <set>
#include <string>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF054",
      .name = "env-uses-own-variable",
      .level = Level::kError,
      .aliases = {"hadolint:DL3044"},
      .kinds = {InputKind::kDockerfile},
      .summary = "ENV refers to a variable defined in the same ENV",
      .details = "Fires on an ENV pair whose value refers (`$NAME`, `${NAME}`) to a key set "
                 "earlier in the same ENV instruction, unless that name was already defined by an "
                 "earlier ARG or ENV.",
      .rationale = "Docker expands every value of one ENV against the variables as they were "
                   "before it, so the reference gets the old (usually empty) value.",
      .bad_example = "FROM python:3.12-slim\nENV APP_HOME=/app APP_DATA=$APP_HOME/data\n",
      .good_example = "FROM python:3.12-slim\nENV APP_HOME=/app\nENV APP_DATA=$APP_HOME/data\n",
      .fix = "Split it into two ENV instructions.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

bool Refers(const std::string& value, const std::string& name) {
  for (size_t at = value.find('$'); at != std::string::npos; at = value.find('$', at + 1)) {
    size_t b = at + 1;
    if (b < value.size() && value[b] == '{') ++b;
    if (value.compare(b, name.size(), name) != 0) continue;
    const size_t e = b + name.size();
    if (e == value.size() ||
        !(std::isalnum(static_cast<unsigned char>(value[e])) || value[e] == '_'))
      return true;
  }
  return false;
}

class EnvUsesOwnVariableRule : public RuleBase {
 public:
  EnvUsesOwnVariableRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Stage& stage : doc.stages) {
      std::set<std::string> known;
      for (const dockerfile::Instruction& ins : doc.instructions)
        if (ins.stage < 0 && ins.Is("ARG"))
          for (const dockerfile::KeyValue& kv : ins.pairs) known.insert(kv.key);
      auto [begin, end] = doc.StageInstructions(stage);
      for (const dockerfile::Instruction* i = begin; i != end; ++i) {
        if (!i->Is("ENV") && !i->Is("ARG")) continue;
        for (size_t a = 0; i->Is("ENV") && a < i->pairs.size(); ++a)
          for (size_t b = 0; b < a; ++b)
            if (!known.count(i->pairs[b].key) && Refers(i->pairs[a].value, i->pairs[b].key)) {
              emit.Report(*this, i->pairs[a].value_span,
                          "'" + i->pairs[b].key + "' is set in this same ENV, so " +
                              i->pairs[a].key + " gets its old value; split the ENV");
              b = a;
            }
        for (const dockerfile::KeyValue& kv : i->pairs) known.insert(kv.key);
      }
    }
  }
};

}  // namespace

Status MakeDF054(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<EnvUsesOwnVariableRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
