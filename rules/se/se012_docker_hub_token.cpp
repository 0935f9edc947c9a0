// SE012 docker-hub-token: a Docker Hub access token is committed in plain text.
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
      .id = "SE012",
      .name = "docker-hub-token",
      .level = Level::kError,
      .aliases = {},
      .summary = "A Docker Hub access token is committed in plain text",
      .details = "Matches Docker Hub personal (`dckr_pat_`) and organization (`dckr_oat_`) "
                 "access tokens. gitleaks has no rule for them.",
      .bad_example = "DOCKERHUB_TOKEN=dckr_pat_K8sLintFakeJahd96OhbJmXRnVs\n",
      .good_example = "DOCKERHUB_TOKEN=\n",
      .security_severity = "9.0",
  };
}

// What SE012 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "dockerhub-pat",
       .label = "Docker Hub access token",
       .keywords = {"dckr_pat_", "dckr_oat_"},
       .pattern = R"(\b(dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,}))"},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE012(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
