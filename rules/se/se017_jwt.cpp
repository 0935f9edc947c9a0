// SE017 jwt: a JSON Web Token is committed in plain text.
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
      .id = "SE017",
      .name = "jwt",
      .level = Level::kWarning,
      .aliases = {"gitleaks:jwt", "gitleaks:jwt-base64"},
      .summary = "A JSON Web Token is committed in plain text",
      .details = "Matches three base64url segments starting `eyJ...` `.eyJ...` `.` whose "
                 "first segment decodes to a JSON header with `alg` or `typ`, and such a token "
                 "base64-encoded once more (`ZXlK...`, as in a Secret's `data`). Kubernetes "
                 "service-account tokens, OIDC id tokens and many API keys are JWTs; an "
                 "unexpired one is a bearer credential.",
      .bad_example =
          "API_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJrOHNsaW50LWZha2UiLCJpYXQiOjB9."
          "K8sLintFakeSignatureXyZ0123456789abcdEFG\n",
      .good_example = "API_TOKEN=\n",
      .security_severity = "7.0",
  };
}

// What SE017 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "jwt",
       .label = "JSON Web Token",
       .keywords = {"eyJ"},
       .pattern = R"(\b(eyJ[A-Za-z0-9_-]{15,}\.eyJ[A-Za-z0-9_-]{15,}\.(?:[A-Za-z0-9_-]{10,})?))",
       .check = secrets::Check::kJwt},
      {.variant = "jwt-base64",
       .label = "base64-encoded JSON Web Token",
       .keywords = {"ZXlK"},
       .pattern = R"((?m)(?:^|[^\w+/-])(ZXlK[A-Za-z0-9+/]{40,}={0,2})(?:[^\w+/=-]|$))",
       .check = secrets::Check::kJwtBase64},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE017(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
