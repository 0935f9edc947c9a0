// SE018 private-key: a private key block is committed in plain text.
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
      .id = "SE018",
      .name = "private-key",
      .level = Level::kError,
      .aliases = {"gitleaks:private-key", "secretlint:@secretlint/secretlint-rule-privatekey"},
      .summary = "A private key block is committed in plain text",
      .details = "Matches a `-----BEGIN ... PRIVATE KEY-----` line (PEM: RSA, EC, DSA, "
                 "PKCS#8, encrypted; OpenSSH; PGP `PRIVATE KEY BLOCK`) followed, within 64 KiB, "
                 "by its `-----END` line with at least 64 base64 characters between them, in "
                 "YAML block scalars, markdown and any other file. Headers without a body (docs "
                 "that show the format) are not reported.",
      .bad_example =
          "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: tls\ndata:\n  tls.key: |\n"
          "    -----BEGIN RSA PRIVATE KEY-----\n"
          "    MIIEowIBAAKCAQEAk8sLintFakeKeyBodyNotARealKeyJustBase64Text0123\n"
          "    K8sLintFakeKeyBodyNotARealKeyJustBase64Text0123456789abcdefABCD\n"
          "    -----END RSA PRIVATE KEY-----\n",
      .good_example = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: tls\ndata:\n"
                      "  tls.crt.path: /etc/tls/tls.key\n",
      .fix = "Treat the key as compromised: rotate it (and the certificate). Mount keys from a "
             "Secret created outside git (`kubectl create secret tls`, cert-manager, an external "
             "secret operator) instead of committing them.",
      .example_path = "tls.yaml",
      .security_severity = "9.0",
  };
}

// What SE018 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "private-key",
       .label = "private key",
       .keywords = {"PRIVATE KEY"},
       .pattern = R"((-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----))",
       .check = secrets::Check::kPrivateKey},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE018(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
