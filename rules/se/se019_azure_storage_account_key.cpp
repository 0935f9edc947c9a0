// SE019 azure-storage-account-key: an Azure storage connection string carries its account key.
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
      .id = "SE019",
      .name = "azure-storage-account-key",
      .level = Level::kError,
      .aliases = {},
      .summary = "An Azure storage connection string carries its account key",
      .details = "Matches `AccountKey=` followed by an 88-character base64 key, as in Azure "
                 "storage connection strings (`DefaultEndpointsProtocol=https;AccountName=...;"
                 "AccountKey=...`). The public Azurite emulator key is allowed. gitleaks has no "
                 "rule for it.",
      .bad_example = "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName="
                     "k8slint;AccountKey=K8sLintFakeJyCd0FYpeOU/"
                     "G3WMUVh0xNL8En6uU27Pj63+bni93hdSUuw9jZodSDGHXUaS1Mw/TecAafd8n19P8==\n",
      .good_example = "AZURE_STORAGE_CONNECTION_STRING=\n",
      .security_severity = "9.0",
  };
}

// What SE019 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "azure-storage-account-key",
       .label = "Azure storage account key",
       .keywords = {"AccountKey="},
       .fold = true,
       .pattern = R"((?i)AccountKey=([A-Za-z0-9+/]{86,88}={0,2}))",
       .check = secrets::Check::kAzureKey},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE019(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
