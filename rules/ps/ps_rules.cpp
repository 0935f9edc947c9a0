// The PS family, in id order.
#include "rules/ps/ps_rules.h"

#include "linter/models/ps/queries.h"
#include "rules/families.h"

namespace k8slint::rules {
namespace {

// powershell-target, for a rule or shared; 5.1 when unset.
Status Target(const Config& config, const std::string& rule_id, ps::Edition* out) {
  const std::string value = config.Param(rule_id, "powershell-target", "5.1");
  const std::optional<ps::Edition> edition = ps::ParseEdition(value);
  if (!edition)
    return Status::Config(rule_id + ": powershell-target must be 5.1 or 7, not '" + value + "'");
  *out = *edition;
  return Status::Ok();
}

}  // namespace

Status AddPsRules(const Config& config, RuleList* out) {
  ps::Edition chain = ps::Edition::kWindowsPowerShell51, curl = chain;
  if (Status s = Target(config, "PS003", &chain); !s.ok()) return s;
  if (Status s = Target(config, "PS016", &curl); !s.ok()) return s;
  out->push_back(NewPosixExportRule());
  out->push_back(NewPosixAssignmentRule());
  out->push_back(NewPipelineChainRule(chain));
  out->push_back(NewBackslashContinuationRule());
  out->push_back(NewEnvVarWithoutPrefixRule());
  out->push_back(NewEvalCommandOutputRule());
  out->push_back(NewBacktickSubstitutionRule());
  out->push_back(NewBashHeredocRule());
  out->push_back(NewSourceCommandRule());
  out->push_back(NewPosixRedirectionRule());
  out->push_back(NewPosixTestCommandRule());
  out->push_back(NewPosixControlFlowRule());
  out->push_back(NewExitStatusAsNumberRule());
  out->push_back(NewPosixFlagsOnAliasRule());
  out->push_back(NewPosixOnlyCommandRule());
  out->push_back(NewCurlAliasRule(curl));
  out->push_back(NewColonPathSeparatorRule());
  out->push_back(NewUnclosedFenceRule());
  return Status::Ok();
}

}  // namespace k8slint::rules
