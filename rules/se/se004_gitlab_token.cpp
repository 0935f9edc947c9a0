// SE004 gitlab-token: a GitLab token is committed in plain text.
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
      .id = "SE004",
      .name = "gitlab-token",
      .level = Level::kError,
      .aliases = {"gitleaks:gitlab-pat", "gitleaks:gitlab-ptt", "gitleaks:gitlab-rrt",
                  "gitleaks:gitlab-runner-authentication-token", "gitleaks:gitlab-deploy-token",
                  "gitleaks:gitlab-cicd-job-token", "gitleaks:gitlab-feed-token",
                  "gitleaks:gitlab-scim-token", "gitleaks:gitlab-oauth-app-secret",
                  "gitleaks:gitlab-kubernetes-agent-token", "gitleaks:gitlab-pat-routable",
                  "gitleaks:gitlab-runner-authentication-token-routable",
                  "gitleaks:gitlab-feature-flag-client-token",
                  "gitleaks:gitlab-incoming-mail-token", "gitleaks:gitlab-session-cookie"},
      .summary = "A GitLab token is committed in plain text",
      .details = "Matches GitLab personal (`glpat-`), pipeline trigger (`glptt-`), runner "
                 "registration (`GR1348941`) and authentication (`glrt-`), deploy (`gldt-`), "
                 "CI/CD job (`glcbt-`), feed (`glft-`), SCIM (`glsoat-`), OAuth application "
                 "(`gloas-`) and Kubernetes agent (`glagent-`) tokens.",
      .bad_example = "GITLAB_TOKEN=glpat-K8sLintFakej28M0kyI5\n",
      .good_example = "GITLAB_TOKEN=${CI_JOB_TOKEN}\n",
      .security_severity = "9.0",
  };
}

// What SE004 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "gitlab-pat",
       .label = "GitLab personal access token",
       .keywords = {"glpat-"},
       .pattern = R"(\b(glpat-[A-Za-z0-9_.-]{20,300}))"},
      {.variant = "gitlab-ptt",
       .label = "GitLab pipeline trigger token",
       .keywords = {"glptt-"},
       .pattern = R"(\b(glptt-[0-9a-f]{40})\b)"},
      {.variant = "gitlab-rrt",
       .label = "GitLab runner registration token",
       .keywords = {"GR1348941"},
       .pattern = R"(\b(GR1348941[A-Za-z0-9_-]{20})\b)"},
      {.variant = "gitlab-runner-authentication-token",
       .label = "GitLab runner authentication token",
       .keywords = {"glrt-"},
       .pattern = R"(\b(glrt-[A-Za-z0-9_.-]{20,300}))"},
      {.variant = "gitlab-deploy-token",
       .label = "GitLab deploy token",
       .keywords = {"gldt-"},
       .pattern = R"(\b(gldt-[A-Za-z0-9_-]{20,}))"},
      {.variant = "gitlab-cicd-job-token",
       .label = "GitLab CI/CD job token",
       .keywords = {"glcbt-"},
       .pattern = R"(\b(glcbt-[A-Za-z0-9]{1,5}_[A-Za-z0-9_-]{20}))"},
      {.variant = "gitlab-feed-token",
       .label = "GitLab feed token",
       .keywords = {"glft-"},
       .pattern = R"(\b(glft-[A-Za-z0-9_-]{20}))"},
      {.variant = "gitlab-scim-token",
       .label = "GitLab SCIM token",
       .keywords = {"glsoat-"},
       .pattern = R"(\b(glsoat-[A-Za-z0-9_-]{20}))"},
      {.variant = "gitlab-oauth-app-secret",
       .label = "GitLab OAuth application secret",
       .keywords = {"gloas-"},
       .pattern = R"(\b(gloas-[A-Za-z0-9_-]{64}))"},
      {.variant = "gitlab-kubernetes-agent-token",
       .label = "GitLab Kubernetes agent token",
       .keywords = {"glagent-"},
       .pattern = R"(\b(glagent-[A-Za-z0-9_-]{50}))"},
      // Routable `glpat-`/`glrt-t1_` tokens (`<body>.<9 chars>`) are matched above: both
      // patterns allow `.` and `_`.
      {.variant = "gitlab-feature-flag-client-token",
       .label = "GitLab feature flag client token",
       .keywords = {"glffct-"},
       .pattern = R"(\b(glffct-[A-Za-z0-9_-]{20}))"},
      {.variant = "gitlab-incoming-mail-token",
       .label = "GitLab incoming e-mail token",
       .keywords = {"glimt-"},
       .pattern = R"(\b(glimt-[A-Za-z0-9_-]{25}))"},
      {.variant = "gitlab-session-cookie",
       .label = "GitLab session cookie",
       .keywords = {"_gitlab_session="},
       .pattern = R"((?m)(?:^|[^\w])_gitlab_session=([0-9a-z]{32})\b)"},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE004(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
