// SE016 twilio-api-key: a Twilio API key is committed in plain text.
#include <memory>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/models/secrets/detectors.h"
#include "rules/se/provider_rule.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "SE016",
      .name = "twilio-api-key",
      .level = Level::kError,
      .aliases = {"gitleaks:twilio-api-key"},
      .summary = "A Twilio API key is committed in plain text",
      .details = "Matches `SK` followed by 32 hex digits as a whole word, the Twilio API key "
                 "sid shape (its secret is usually next to it).",
      .bad_example = "TWILIO_API_KEY=SK0123456789abcdef0123456789abcdef\n",
      .good_example = "TWILIO_API_KEY=\n",
      .security_severity = "8.0",
  };
}

// What SE016 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "twilio-api-key",
       .label = "Twilio API key",
       .keywords = {"SK"},
       .pattern = R"(\b(SK[0-9a-fA-F]{32})\b)"},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE016(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
