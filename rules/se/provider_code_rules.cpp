// Provider-format rules for source hosting and package registries.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/se/provider_rule.h"

namespace k8slint::rules {
namespace {

// Token formats are certain matches: always errors.
std::unique_ptr<Rule> Make(const Config& c, RuleMeta m) {
  m.level = Level::kError;
  return MakeProviderRule(c, std::move(m), "9.0");
}

}  // namespace

Status MakeSE003(const Config& c, std::unique_ptr<Rule>* out) {
  *out = Make(c, {
      .id = "SE003",
      .name = "github-token",
      .aliases = {"gitleaks:github-pat", "gitleaks:github-fine-grained-pat", "gitleaks:github-oauth",
                  "gitleaks:github-app-token", "gitleaks:github-refresh-token",
                  "secretlint:@secretlint/secretlint-rule-github"},
      .summary = "A GitHub token is committed in plain text",
      .details = "Matches classic personal access tokens (`ghp_` + 36), fine-grained tokens "
                 "(`github_pat_` + 82), OAuth tokens (`gho_`), GitHub App user and installation "
                 "tokens (`ghu_`, `ghs_`) and refresh tokens (`ghr_`). Placeholders such as "
                 "`ghp_xxxx...` are allowed. Found in `.npmrc` lines written by a RUN, pip "
                 "`git+https` URLs and values files alike.",
      .bad_example = "GITHUB_TOKEN=ghp_K8sLintFakeYK0fFWqcajQLE9WVxuXbrFZmU\n",
      .good_example = "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
  });
  return Status::Ok();
}

Status MakeSE004(const Config& c, std::unique_ptr<Rule>* out) {
  *out = Make(c, {
      .id = "SE004",
      .name = "gitlab-token",
      .aliases = {"gitleaks:gitlab-pat", "gitleaks:gitlab-ptt", "gitleaks:gitlab-rrt",
                  "gitleaks:gitlab-runner-authentication-token", "gitleaks:gitlab-deploy-token",
                  "gitleaks:gitlab-cicd-job-token", "gitleaks:gitlab-feed-token",
                  "gitleaks:gitlab-scim-token", "gitleaks:gitlab-oauth-app-secret",
                  "gitleaks:gitlab-kubernetes-agent-token"},
      .summary = "A GitLab token is committed in plain text",
      .details = "Matches GitLab personal (`glpat-`), pipeline trigger (`glptt-`), runner "
                 "registration (`GR1348941`) and authentication (`glrt-`), deploy (`gldt-`), "
                 "CI/CD job (`glcbt-`), feed (`glft-`), SCIM (`glsoat-`), OAuth application "
                 "(`gloas-`) and Kubernetes agent (`glagent-`) tokens.",
      .bad_example = "GITLAB_TOKEN=glpat-K8sLintFakej28M0kyI5\n",
      .good_example = "GITLAB_TOKEN=${CI_JOB_TOKEN}\n",
  });
  return Status::Ok();
}

Status MakeSE010(const Config& c, std::unique_ptr<Rule>* out) {
  *out = Make(c, {
      .id = "SE010",
      .name = "npm-access-token",
      .aliases = {"gitleaks:npm-access-token", "secretlint:@secretlint/secretlint-rule-npm"},
      .summary = "An npm access token is committed in plain text",
      .details = "Matches `npm_` followed by 36 letters and digits, in `.npmrc` lines, "
                 "Dockerfiles and everything else.",
      .bad_example = "NPM_TOKEN=npm_K8sLintFake362avAquisxL2RxoaXtlfANNX\n",
      .good_example = "NPM_TOKEN=${NPM_TOKEN}\n",
  });
  return Status::Ok();
}

Status MakeSE012(const Config& c, std::unique_ptr<Rule>* out) {
  *out = Make(c, {
      .id = "SE012",
      .name = "docker-hub-token",
      .aliases = {},
      .summary = "A Docker Hub access token is committed in plain text",
      .details = "Matches Docker Hub personal (`dckr_pat_`) and organization (`dckr_oat_`) "
                 "access tokens. gitleaks has no rule for them.",
      .bad_example = "DOCKERHUB_TOKEN=dckr_pat_K8sLintFakeJahd96OhbJmXRnVs\n",
      .good_example = "DOCKERHUB_TOKEN=\n",
  });
  return Status::Ok();
}

Status MakeSE013(const Config& c, std::unique_ptr<Rule>* out) {
  *out = Make(c, {
      .id = "SE013",
      .name = "hugging-face-token",
      .aliases = {"gitleaks:huggingface-access-token", "gitleaks:huggingface-organization-api-token"},
      .summary = "A Hugging Face token is committed in plain text",
      .details = "Matches Hugging Face user access tokens (`hf_` + 34 letters) and "
                 "organization tokens (`api_org_` + 34 letters).",
      .bad_example = "HF_TOKEN=hf_KsLintFakeWjxQWEVzYbIjgCxaiRJEqeEh\n",
      .good_example = "HF_TOKEN=\n",
  });
  return Status::Ok();
}

}  // namespace k8slint::rules
