// SE015 shopify-token: a Shopify access token or shared secret is committed in plain text.
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
      .id = "SE015",
      .name = "shopify-token",
      .level = Level::kError,
      .aliases = {"gitleaks:shopify-access-token", "gitleaks:shopify-custom-access-token",
                  "gitleaks:shopify-private-app-access-token", "gitleaks:shopify-shared-secret"},
      .summary = "A Shopify access token or shared secret is committed in plain text",
      .details = "Matches Shopify admin (`shpat_`), custom app (`shpca_`), private app "
                 "(`shppa_`) access tokens and shared secrets (`shpss_`), each + 32 hex digits.",
      .bad_example = "SHOPIFY_ACCESS_TOKEN=shpat_0123456789abcdef0123456789abcdef\n",
      .good_example = "SHOPIFY_ACCESS_TOKEN=\n",
      .security_severity = "8.0",
  };
}

// What SE015 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "shopify-access-token",
       .label = "Shopify access token",
       .keywords = {"shpat_", "shpca_", "shppa_", "shpss_"},
       .pattern = R"(\b(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b)"},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE015(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
