// SE014 digitalocean-token: a DigitalOcean token is committed in plain text.
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
      .id = "SE014",
      .name = "digitalocean-token",
      .level = Level::kError,
      .aliases = {"gitleaks:digitalocean-pat", "gitleaks:digitalocean-access-token",
                  "gitleaks:digitalocean-refresh-token"},
      .summary = "A DigitalOcean token is committed in plain text",
      .details = "Matches DigitalOcean personal access tokens (`dop_v1_`), OAuth access tokens "
                 "(`doo_v1_`) and refresh tokens (`dor_v1_`), each followed by 64 hex digits.",
      .bad_example = "DIGITALOCEAN_TOKEN=dop_v1_"
                     "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n",
      .good_example = "DIGITALOCEAN_TOKEN=\n",
      .security_severity = "9.0",
  };
}

// What SE014 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "digitalocean-pat",
       .label = "DigitalOcean personal access token",
       .keywords = {"dop_v1_"},
       .pattern = R"(\b(dop_v1_[a-f0-9]{64})\b)"},
      {.variant = "digitalocean-access-token",
       .label = "DigitalOcean OAuth access token",
       .keywords = {"doo_v1_"},
       .pattern = R"(\b(doo_v1_[a-f0-9]{64})\b)"},
      {.variant = "digitalocean-refresh-token",
       .label = "DigitalOcean refresh token",
       .keywords = {"dor_v1_"},
       .pattern = R"(\b(dor_v1_[a-f0-9]{64})\b)"},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE014(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
