// SE006 openai-api-key: an OpenAI API key is committed in plain text.
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
      .id = "SE006",
      .name = "openai-api-key",
      .level = Level::kError,
      .aliases = {"gitleaks:openai-api-key", "secretlint:@secretlint/secretlint-rule-openai"},
      .summary = "An OpenAI API key is committed in plain text",
      .details = "Matches project, service-account and admin keys (`sk-proj-`, `sk-svcacct-`, "
                 "`sk-admin-` followed by 40 or more URL-safe characters) and legacy keys "
                 "(`sk-` + 20 + `T3BlbkFJ` + 20). `sk-...` and `sk-proj-REPLACE_ME` are "
                 "placeholders.",
      .bad_example =
          "OPENAI_API_KEY=sk-proj-K8sLintFakeyG5QG01-I89-sW_N7PUuWIOY-uLa5hxdoVU_hytIb2-"
          "j8DmVUsFOsemnf97idqkT3BlbkFJK8sLintFakeuH5_cry4945J9iLUKUekJJJ834VekFEewRVegA3Rj\n",
      .good_example = "OPENAI_API_KEY=sk-...\n",
      .security_severity = "8.0",
  };
}

// What SE006 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "openai-api-key",
       .label = "OpenAI API key",
       .keywords = {"sk-proj-", "sk-svcacct-", "sk-admin-", "T3BlbkFJ"},
       .pattern =
           R"(\b(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})\b)"},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE006(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
