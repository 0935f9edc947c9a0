// SE021 password-in-url: an http(s) or ftp URL embeds basic-auth credentials.
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
      .id = "SE021",
      .name = "password-in-url",
      .level = Level::kError,
      .aliases = {"secretlint:@secretlint/secretlint-rule-basicauth",
                  "gitleaks:sidekiq-sensitive-url"},
      .summary = "An http(s) or ftp URL embeds basic-auth credentials",
      .details = "Matches `scheme://user:password@host` for http, https and ftp URLs: git "
                 "remotes with a token, registry mirrors, pip index URLs. References and "
                 "placeholders in the password position (`USERNAME:PERSONAL_ACCESS_TOKEN@`, "
                 "`user:pass@`) are allowed, as for SE020.",
      .rationale = "Credentials in a URL end up in shell history, proxy logs, image layers "
                   "(when used in a RUN) and every copy of the file.",
      .bad_example =
          "PIP_INDEX_URL=https://ci:K8sLintFake-s3cret@pypi.internal.example.com/simple\n",
      .good_example = "PIP_INDEX_URL=https://ci:${PIP_PASSWORD}@pypi.internal.example.com/simple\n",
      .fix = "Rotate the credential, then pass it separately: a BuildKit secret mount "
             "(`RUN --mount=type=secret`), a netrc file outside the repository, or an "
             "environment variable injected at deploy time.",
      .security_severity = "8.0",
  };
}

// What SE021 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "basic-auth-url",
       .label = "URL",
       .keywords = {"http://", "https://", "ftp://"},
       .fold = true,
       .pattern = R"((?i)\b((https?|ftp)://([^:/@\s'"]+):([^@\s'"/]+)@[A-Za-z0-9.-]+))",
       .check = secrets::Check::kUrlPassword},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE021(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
