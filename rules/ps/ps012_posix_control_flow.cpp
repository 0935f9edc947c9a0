// PS012 posix-control-flow: `if ...; then`, `for ... do ... done`, `while`, `case`.
#include <memory>

#include "linter/core/excerpt.h"
#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/ps/queries.h"
#include "rules/ps/ps_shared.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PS012",
      .name = "posix-control-flow",
      .level = Level::kError,
      .aliases = {},
      .kinds = PsKinds(),
      .summary = "Bash `if ...; then`, `for ... do ... done`, `while` or `case` does not parse in "
                 "PowerShell",
      .details = "Fires on `if`, `elif`, `while`, `until`, `for` and `case` statements whose "
                 "keyword is not followed by a parenthesised condition, which is how bash writes "
                 "them. PowerShell requires `if (...) { ... }`, `foreach ($x in ...) { ... }`, "
                 "`while (...) { ... }` and `switch (...) { ... }`.",
      .rationale = "Loops over namespaces or a wait-until-ready `while` are common in guides; "
                   "in PowerShell they are parse errors that stop the whole block.",
      .bad_example = "for ns in dev staging; do kubectl create namespace $ns; done\n",
      .good_example = "foreach ($ns in 'dev', 'staging') { kubectl create namespace $ns }\n",
      .fix =
          "Rewrite with PowerShell syntax: `if (cond) { ... } elseif (cond) { ... }`, "
          "`foreach ($x in $list) { ... }`, `while (cond) { ... }`, `switch ($x) { 'a' { ... } }`.",
      .example_path = "deploy.ps1",
      .tags = {"portability", "powershell"},
      .reads_embedded_powershell = true,
  };
}

std::string Quoted(std::string_view w) {
  if (w.starts_with("$") || w.starts_with("'") || w.starts_with("\""))
    return Excerpt(ps::EnvReads(w));
  return "'" + Excerpt(w) + "'";
}

class PosixControlFlowRule : public RuleBase {
 public:
  PosixControlFlowRule() : RuleBase(Meta()) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    for (const ps::Command& c : s.commands()) {
      if (c.in_hashtable || c.words.size() < 2) continue;
      const std::string kw = s.Name(c);
      if (s.Text(c.words[1]).starts_with("(")) continue;
      std::string fix;
      if (kw == "if" || kw == "elif" || kw == "while" || kw == "until") {
        size_t from = 1;
        const std::string_view second = s.Text(c.words[1]);
        if (second == "[" || second == "[[" || second == "test") ++from;
        std::string cond = from == 1 ? ps::Excerpt(ps::JoinWords(s, c, 1), 40)
                                     : ps::TranslateTest(s, c, from, c.words.size());
        if (kw == "until") cond = "-not (" + cond + ")";
        fix = (kw == "elif" ? "elseif" : kw == "until" ? "while" : kw) + " (" + cond + ") { ... }";
      } else if (kw == "for" && c.words.size() >= 3 && s.Text(c.words[2]) == "in") {
        std::string items;
        for (size_t i = 3; i < c.words.size() && i < 9; ++i)
          items += (i > 3 ? ", " : "") + Quoted(s.Text(c.words[i]));
        fix = "foreach ($" + std::string(s.Text(c.words[1])) + " in " +
              (items.empty() ? "$list" : items) + ") { ... }";
      } else if (kw == "case") {
        fix = "switch (" + Excerpt(ps::EnvReads(s.Text(c.words[1]))) + ") { 'value' { ... } }";
      } else {
        continue;
      }
      emit.Report(*this, s.SpanOf(c.words.front()),
                  "bash `" + kw + "` syntax does not parse in PowerShell; write `" + fix + "`");
    }
  }
};

}  // namespace

Status MakePS012(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<PosixControlFlowRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
