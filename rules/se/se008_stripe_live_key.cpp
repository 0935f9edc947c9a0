// SE008 stripe-live-key: a Stripe live secret or restricted key is committed in plain text.
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
      .id = "SE008",
      .name = "stripe-live-key",
      .level = Level::kError,
      .aliases = {"gitleaks:stripe-access-token"},
      .summary = "A Stripe live secret or restricted key is committed in plain text",
      .details = "Matches Stripe secret and restricted keys for live mode (`sk_live_`, "
                 "`rk_live_`, and the `_prod_` forms). Test-mode keys (`sk_test_`) move no "
                 "money and are left alone, unlike gitleaks; publishable keys (`pk_`) are public "
                 "by design.",
      .bad_example = "STRIPE_SECRET_KEY=sk_live_K8sLintFakeAIlpQyMBKHO1E\n",
      .good_example = "STRIPE_SECRET_KEY=sk_test_K8sLintFakeAIlpQyMBKHO1E\n",
      .security_severity = "8.0",
  };
}

// What SE008 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "stripe-access-token",
       .label = "Stripe live secret key",
       .keywords = {"sk_live_", "rk_live_", "sk_prod_", "rk_prod_"},
       .pattern = R"(\b([sr]k_(?:live|prod)_[A-Za-z0-9]{10,99})\b)"},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE008(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
