// Provider-format rules for cloud credentials: AWS, Google, DigitalOcean, Azure.
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

Status MakeSE001(const Config& c, std::unique_ptr<Rule>* out) {
  *out = Make(c, {
      .id = "SE001",
      .name = "aws-access-key-id",
      .aliases = {"gitleaks:aws-access-token", "secretlint:@secretlint/secretlint-rule-aws"},
      .summary = "An AWS access key id is committed in plain text",
      .details = "Matches the 20-character key ids of AWS (`AKIA`, `ASIA`, `ABIA`, `ACCA` or "
                 "`A3T?` followed by 16 of A-Z and 2-7) in every file k8slint reads. Ids ending "
                 "in `EXAMPLE` (the AWS documentation keys) and placeholder-looking ids are "
                 "allowed. The secret half is SE002.",
      .bad_example = "AWS_ACCESS_KEY_ID=AKIAZ7FAKEKEY4DOCS23\n",
      .good_example = "AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}\n",
  });
  return Status::Ok();
}

Status MakeSE002(const Config& c, std::unique_ptr<Rule>* out) {
  *out = Make(c, {
      .id = "SE002",
      .name = "aws-secret-access-key",
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
  });
  return Status::Ok();
}

Status MakeSE009(const Config& c, std::unique_ptr<Rule>* out) {
  *out = Make(c, {
      .id = "SE009",
      .name = "google-api-key",
      .aliases = {"gitleaks:gcp-api-key", "secretlint:@secretlint/secretlint-rule-gcp"},
      .summary = "A Google API key is committed in plain text",
      .details = "Matches `AIza` followed by 35 URL-safe characters, the shape of Google Cloud "
                 "and Firebase API keys, in every file.",
      .bad_example = "MAPS_API_KEY=AIzaSyK8sLintFakeIGrMey5nwnauptY8-8BXt6\n",
      .good_example = "MAPS_API_KEY=${MAPS_API_KEY}\n",
  });
  return Status::Ok();
}

Status MakeSE014(const Config& c, std::unique_ptr<Rule>* out) {
  *out = Make(c, {
      .id = "SE014",
      .name = "digitalocean-token",
      .aliases = {"gitleaks:digitalocean-pat", "gitleaks:digitalocean-access-token",
                  "gitleaks:digitalocean-refresh-token"},
      .summary = "A DigitalOcean token is committed in plain text",
      .details = "Matches DigitalOcean personal access tokens (`dop_v1_`), OAuth access tokens "
                 "(`doo_v1_`) and refresh tokens (`dor_v1_`), each followed by 64 hex digits.",
      .bad_example =
          "DIGITALOCEAN_TOKEN=dop_v1_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n",
      .good_example = "DIGITALOCEAN_TOKEN=\n",
  });
  return Status::Ok();
}

Status MakeSE019(const Config& c, std::unique_ptr<Rule>* out) {
  *out = Make(c, {
      .id = "SE019",
      .name = "azure-storage-account-key",
      .aliases = {},
      .summary = "An Azure storage connection string carries its account key",
      .details = "Matches `AccountKey=` followed by an 88-character base64 key, as in Azure "
                 "storage connection strings (`DefaultEndpointsProtocol=https;AccountName=...;"
                 "AccountKey=...`). The public Azurite emulator key is allowed. gitleaks has no "
                 "rule for it.",
      .bad_example = "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=k8slint;"
                     "AccountKey=K8sLintFakeJyCd0FYpeOU/G3WMUVh0xNL8En6uU27Pj63+bni93hdSUuw9jZodSDGHXUaS1Mw/TecAafd8n19P8==\n",
      .good_example = "AZURE_STORAGE_CONNECTION_STRING=\n",
  });
  return Status::Ok();
}

}  // namespace k8slint::rules
