// SE007 anthropic-api-key: an Anthropic API key is committed in plain text.
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
      .id = "SE007",
      .name = "anthropic-api-key",
      .level = Level::kError,
      .aliases = {"gitleaks:anthropic-api-key", "gitleaks:anthropic-admin-api-key",
                  "secretlint:@secretlint/secretlint-rule-anthropic"},
      .summary = "An Anthropic API key is committed in plain text",
      .details = "Matches Anthropic API and admin keys: `sk-ant-` and a kind with a two-digit "
                 "version (`api03`, `admin01`), then 80 or more URL-safe characters.",
      .bad_example =
          "ANTHROPIC_API_KEY=sk-ant-api03-K8sLintFakeOEaXyPW4bYrDVIxtvrXjhbf8homVehC0CLl8jhv4"
          "powgd2KG4DzBJbGQleUUoCdUR3gSrdbRi-a7HlIDqqAA\n",
      .good_example = "ANTHROPIC_API_KEY=\n",
      .security_severity = "8.0",
  };
}

// What SE007 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "anthropic-api-key",
       .label = "Anthropic API key",
       .keywords = {"sk-ant-"},
       .pattern = R"(\b(sk-ant-(?:api|admin|oat|sid)[0-9]{2}-[A-Za-z0-9_-]{80,}))"},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE007(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
