// SE013 hugging-face-token: a Hugging Face token is committed in plain text.
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
      .id = "SE013",
      .name = "hugging-face-token",
      .level = Level::kError,
      .aliases = {"gitleaks:huggingface-access-token",
                  "gitleaks:huggingface-organization-api-token"},
      .summary = "A Hugging Face token is committed in plain text",
      .details = "Matches Hugging Face user access tokens (`hf_` + 34 letters) and "
                 "organization tokens (`api_org_` + 34 letters).",
      .bad_example = "HF_TOKEN=hf_KsLintFakeWjxQWEVzYbIjgCxaiRJEqeEh\n",
      .good_example = "HF_TOKEN=\n",
      .security_severity = "9.0",
  };
}

// What SE013 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "huggingface-access-token",
       .label = "Hugging Face access token",
       .keywords = {"hf_"},
       .pattern = R"(\b(hf_[A-Za-z]{34})\b)"},
      {.variant = "huggingface-organization-api-token",
       .label = "Hugging Face organization token",
       .keywords = {"api_org_"},
       .pattern = R"(\b(api_org_[A-Za-z]{34})\b)"},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE013(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
