// SE001 aws-access-key-id: an AWS access key id is committed in plain text.
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
      .id = "SE001",
      .name = "aws-access-key-id",
      .level = Level::kError,
      .aliases = {"gitleaks:aws-access-token", "secretlint:@secretlint/secretlint-rule-aws"},
      .summary = "An AWS access key id is committed in plain text",
      .details = "Matches the 20-character key ids of AWS (`AKIA`, `ASIA`, `ABIA`, `ACCA` or "
                 "`A3T?` followed by 16 of A-Z and 2-7) in every file k8slint reads. Ids ending "
                 "in `EXAMPLE` (the AWS documentation keys) and placeholder-looking ids are "
                 "allowed. The secret half is SE002.",
      .bad_example = "AWS_ACCESS_KEY_ID=AKIAZ7FAKEKEY4DOCS23\n",
      .good_example = "AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}\n",
      .security_severity = "9.0",
  };
}

// What SE001 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "aws-access-token",
       .label = "AWS access key id",
       .keywords = {"AKIA", "ASIA", "ABIA", "ACCA", "A3T"},
       .pattern = R"(\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b)",
       .check = secrets::Check::kAwsKeyId},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE001(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
