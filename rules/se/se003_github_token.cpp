// SE003 github-token: a GitHub token is committed in plain text.
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
      .id = "SE003",
      .name = "github-token",
      .level = Level::kError,
      .aliases = {"gitleaks:github-pat", "gitleaks:github-fine-grained-pat",
                  "gitleaks:github-oauth", "gitleaks:github-app-token",
                  "gitleaks:github-refresh-token", "secretlint:@secretlint/secretlint-rule-github"},
      .summary = "A GitHub token is committed in plain text",
      .details = "Matches classic personal access tokens (`ghp_` + 36), fine-grained tokens "
                 "(`github_pat_` + 82), OAuth tokens (`gho_`), GitHub App user and installation "
                 "tokens (`ghu_`, `ghs_`) and refresh tokens (`ghr_`). Placeholders such as "
                 "`ghp_xxxx...` are allowed. Found in `.npmrc` lines written by a RUN, pip "
                 "`git+https` URLs and values files alike.",
      .bad_example = "GITHUB_TOKEN=ghp_K8sLintFakeYK0fFWqcajQLE9WVxuXbrFZmU\n",
      .good_example = "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
      .security_severity = "9.0",
  };
}

// What SE003 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "github-pat",
       .label = "GitHub personal access token",
       .keywords = {"ghp_"},
       .pattern = R"(\b(ghp_[A-Za-z0-9]{36})\b)"},
      {.variant = "github-fine-grained-pat",
       .label = "GitHub fine-grained personal access token",
       .keywords = {"github_pat_"},
       .pattern = R"(\b(github_pat_[A-Za-z0-9_]{82})\b)"},
      {.variant = "github-oauth",
       .label = "GitHub OAuth access token",
       .keywords = {"gho_"},
       .pattern = R"(\b(gho_[A-Za-z0-9]{36})\b)"},
      {.variant = "github-app-token",
       .label = "GitHub App token",
       .keywords = {"ghu_", "ghs_"},
       .pattern = R"(\b(gh[us]_[A-Za-z0-9]{36})\b)"},
      {.variant = "github-refresh-token",
       .label = "GitHub refresh token",
       .keywords = {"ghr_"},
       .pattern = R"(\b(ghr_[A-Za-z0-9]{36})\b)"},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE003(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
