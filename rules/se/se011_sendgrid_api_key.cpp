// SE011 sendgrid-api-key: a SendGrid API key is committed in plain text.
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
      .id = "SE011",
      .name = "sendgrid-api-key",
      .level = Level::kError,
      .aliases = {"gitleaks:sendgrid-api-token", "secretlint:@secretlint/secretlint-rule-sendgrid"},
      .summary = "A SendGrid API key is committed in plain text",
      .details = "Matches `SG.` + 22 + `.` + 43 URL-safe characters, the SendGrid API key "
                 "shape.",
      .bad_example = "SENDGRID_API_KEY=SG.K8sLintFakeDlyW0qsg-UQ."
                     "K8sLintFakeXIiHqfotollpBSRuFwxCq96or6zVsQHi\n",
      .good_example = "SENDGRID_API_KEY=${SENDGRID_API_KEY}\n",
      .security_severity = "8.0",
  };
}

// What SE011 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "sendgrid-api-token",
       .label = "SendGrid API key",
       .keywords = {"SG."},
       .pattern = R"((?m)\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$))"},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE011(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
