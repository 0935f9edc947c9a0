// SE010 npm-access-token: an npm access token is committed in plain text.
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
      .id = "SE010",
      .name = "npm-access-token",
      .level = Level::kError,
      .aliases = {"gitleaks:npm-access-token", "secretlint:@secretlint/secretlint-rule-npm"},
      .summary = "An npm access token is committed in plain text",
      .details = "Matches `npm_` followed by 36 letters and digits, in `.npmrc` lines, "
                 "Dockerfiles and everything else.",
      .bad_example = "NPM_TOKEN=npm_K8sLintFake362avAquisxL2RxoaXtlfANNX\n",
      .good_example = "NPM_TOKEN=${NPM_TOKEN}\n",
      .security_severity = "9.0",
  };
}

// What SE010 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "npm-access-token",
       .label = "npm access token",
       .keywords = {"npm_"},
       .pattern = R"(\b(npm_[A-Za-z0-9]{36})\b)"},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE010(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
