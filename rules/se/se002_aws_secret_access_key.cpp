// SE002 aws-secret-access-key: an AWS secret access key is committed in plain text.
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
      .id = "SE002",
      .name = "aws-secret-access-key",
      .level = Level::kError,
      .aliases = {},
      .summary = "An AWS secret access key is committed in plain text",
      .details = "Matches a 40-character base64 value assigned to a name such as "
                 "`aws_secret_access_key`, `AWS_SECRET_KEY` or `aws.secret-access-key` (with "
                 "`=`, `:`, `:=` or `=>`, optionally quoted) in every file. AWS secret keys have "
                 "no prefix of their own, so the name anchors the match; values containing "
                 "EXAMPLE and low-entropy fillers are allowed. gitleaks reports these under its "
                 "generic-api-key rule.",
      .bad_example = "AWS_SECRET_ACCESS_KEY=k8sLintFAKE/0myHl2QlU0G4mzLmfzU/ydUF3MTp\n",
      .good_example = "AWS_SECRET_ACCESS_KEY=\n",
      .security_severity = "9.0",
  };
}

// What SE002 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "aws-secret-access-key",
       .label = "AWS secret access key",
       .keywords = {"secret_access_key", "secretaccesskey", "aws_secret_key", "aws-secret",
                    "secret-access-key"},
       .fold = true,
       .pattern =
           R"((?im)aws_?[_.-]?secret[_.-]?(?:access[_.-]?)?key["']?\s*(?::=|=>|:|=)\s*["']?([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$))"},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE002(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
