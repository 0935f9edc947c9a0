// SE009 google-api-key: a Google API key is committed in plain text.
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
      .id = "SE009",
      .name = "google-api-key",
      .level = Level::kError,
      .aliases = {"gitleaks:gcp-api-key", "secretlint:@secretlint/secretlint-rule-gcp"},
      .summary = "A Google API key is committed in plain text",
      .details = "Matches `AIza` followed by 35 URL-safe characters, the shape of Google Cloud "
                 "and Firebase API keys, in every file.",
      .bad_example = "MAPS_API_KEY=AIzaSyK8sLintFakeIGrMey5nwnauptY8-8BXt6\n",
      .good_example = "MAPS_API_KEY=${MAPS_API_KEY}\n",
      .security_severity = "9.0",
  };
}

// What SE009 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "gcp-api-key",
       .label = "Google API key",
       .keywords = {"AIza"},
       .pattern = R"((?m)\b(AIza[A-Za-z0-9_-]{35})(?:[^A-Za-z0-9_-]|$))"},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE009(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
