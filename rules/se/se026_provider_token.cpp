// SE026 provider-token: a token of a provider without its own SE rule (SE001-SE019) is
// committed in plain text. One rule for the long tail of gitleaks' catalogue: each format
// is a detector named after its gitleaks rule id, so findings name the provider and
// `gitleaks:<id>` aliases select the rule (docs/secrets.md says why one rule, not forty).
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/models/secrets/detectors.h"
#include "rules/se/provider_rule.h"
#include "rules/se/se026_detectors.h"

namespace k8slint::rules {
namespace {

const std::vector<secrets::Detector>& Detectors();

constexpr std::string_view kPrefix = "gitleaks:";

// `gitleaks:<variant>` of every detector, and the ids a detector shares with another of
// the same shape and keyword. Built at every start (the registry builds every rule), so
// in one buffer, without a search per name: a one-file run is mostly start-up.
std::vector<std::string_view> Aliases() {
  static const std::vector<std::string_view> kVariants = [] {
    // Each variant once, at its first detector, found in a small open-addressing table of
    // the kept ones (sorting the names, or a search per name, cost far more).
    std::vector<std::string_view> kept;
    const std::vector<secrets::Detector>& detectors = Detectors();
    size_t size = 16;  // at most half full
    while (size < 2 * detectors.size()) size *= 2;
    std::vector<uint32_t> slots(size, UINT32_MAX);
    for (const secrets::Detector& d : detectors) {
      uint32_t h = 2166136261u;  // FNV-1a
      for (char c : d.variant) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
      size_t slot = h & (slots.size() - 1);
      while (slots[slot] != UINT32_MAX && kept[slots[slot]] != d.variant)
        slot = (slot + 1) & (slots.size() - 1);
      if (slots[slot] != UINT32_MAX) continue;
      slots[slot] = static_cast<uint32_t>(kept.size());
      kept.push_back(d.variant);
    }
    for (std::string_view shared : {"bittrex-access-key"}) kept.push_back(shared);
    return kept;
  }();
  static const std::string kBuffer = [] {
    std::string buffer;
    size_t bytes = 0;
    for (std::string_view v : kVariants) bytes += kPrefix.size() + v.size();
    buffer.reserve(bytes);
    for (std::string_view v : kVariants) buffer.append(kPrefix).append(v);
    return buffer;
  }();
  static const std::vector<std::string_view> kNames = [] {
    std::vector<std::string_view> names;
    names.reserve(kVariants.size());
    size_t at = 0;
    for (std::string_view v : kVariants) {
      names.push_back(std::string_view(kBuffer).substr(at, kPrefix.size() + v.size()));
      at += names.back().size();
    }
    return names;
  }();
  return kNames;
}

RuleMeta Meta() {
  return RuleMeta{
      .id = "SE026",
      .name = "provider-token",
      .level = Level::kError,
      .aliases = Aliases(),
      .summary = "A token of another known provider is committed in plain text",
      .details = "Matches the token formats of providers without a rule of their own, each by its "
                 "documented shape: a fixed prefix (`hvs.`, `glsa_`, `dapi`, `ntn_`, `pplx-`, "
                 "`HRKU-AA`, `sgp_`, `AGE-SECRET-KEY-1`, `ops_eyJ`, `sha256~`, `tk-us-`, `ico-`, "
                 "...), a fixed structure (`A3-` 1Password secret keys, Azure AD client secrets "
                 "with `Q~`, Terraform `.atlasv1.` tokens) or suffix (MaxMind `_mmk`). Formats "
                 "gitleaks anchors on a keyword (Okta, Heroku, HubSpot, Snyk, Sonar, Sentry, Sumo "
                 "Logic, Mailchimp, Cloudflare, Atlassian, Sidekiq) are reported only when the "
                 "value is assigned to a name that mentions the provider, and not when that name "
                 "ends in a word such as id, name, url or org. The message names the provider; "
                 "docs/secrets.md lists every format with its gitleaks id.",
      .bad_example = "GRAFANA_SA_TOKEN=glsa_K8sLintFakeQ2w9Zr4TbN7xYp3Vd6Lm1_0a1b2c3d\n",
      .good_example = "GRAFANA_SA_TOKEN=glsa_your_token_here\n",
      .security_severity = "8.0",
  };
}

// What SE026 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = [] {
    std::vector<secrets::Detector> all;
    all.reserve(160);  // about as many as there are; a larger count only reallocates
    AppendPrefixedProviderDetectors(&all);
    AppendKeyedProviderDetectors(&all);
    return all;
  }();
  return kDetectors;
}

}  // namespace

Status MakeSE026(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
