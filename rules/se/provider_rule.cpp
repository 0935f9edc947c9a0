#include "rules/se/provider_rule.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/emitter.h"
#include "linter/core/file_context.h"
#include "linter/core/hash.h"
#include "linter/core/redact.h"
#include "linter/core/source.h"
#include "linter/models/secrets/scanner.h"

namespace k8slint::rules {
namespace {

// Shared prose of the provider-format rules.
constexpr std::string_view kTokenRationale =
    "A credential in a committed file is in every clone, fork, CI log and image layer built "
    "from it, and it stays in the git history after the line is deleted. Bots scan public "
    "pushes for well-known token prefixes within minutes.";
constexpr std::string_view kTokenFix =
    "Revoke the credential at the provider first (it is already exposed), remove it from the "
    "file and, if it was pushed, from the history; then inject it at deploy time: a Kubernetes "
    "Secret created outside git, `helm install --set`, an untracked values file, or an "
    "external secret operator.";

// A curl credential that is itself a provider token (`Authorization: token ghp_...`) is
// the provider rule's finding, which names the provider.
bool DeferredToProvider(const secrets::SecretMatch& m,
                        const std::vector<secrets::SecretMatch>& all) {
  const secrets::Check check = m.detector->check;
  if (check != secrets::Check::kCurlUser && check != secrets::Check::kCurlHeader) return false;
  return std::any_of(all.begin(), all.end(), [&](const secrets::SecretMatch& o) {
    return o.detector != m.detector && o.begin < m.end && m.begin < o.end;
  });
}

}  // namespace

std::unique_ptr<Rule> MakeProviderRule(const Config& c, RuleMeta m,
                                       std::span<const secrets::Detector> detectors) {
  m.kinds = {InputKind::kDockerfile, InputKind::kManifest, InputKind::kValues,
             InputKind::kChart,      InputKind::kEnv,      InputKind::kPowerShell,
             InputKind::kMarkdown,   InputKind::kText};
  if (m.rationale.empty()) m.rationale = kTokenRationale;
  if (m.fix.empty()) m.fix = kTokenFix;
  if (m.example_path.empty()) m.example_path = ".env";
  m.tags = {"security", "secrets"};
  m.kubernetes = true;
  return std::make_unique<ProviderRule>(std::move(m), detectors, c.redact);
}

void ProviderRule::CheckSource(const FileContext& file, Emitter& emit) const {
  const SourceFile& source = file.source();
  const secrets::ScanResult& scan = file.secrets();
  const std::string& text = source.text();
  size_t last_begin = 0, last_end = 0;  // of the last match reported
  for (const secrets::SecretMatch& m : scan.matches) {
    const secrets::Detector& d = *m.detector;
    if (std::none_of(detectors_.begin(), detectors_.end(),
                     [&](const secrets::Detector& mine) { return &mine == &d; }))
      continue;
    // Two shapes of one rule can fit one value (a JFrog key under an `artifactory` name):
    // one finding.
    if (m.begin == last_begin && m.end == last_end && m.end > 0) continue;
    if (DeferredToProvider(m, scan.matches)) continue;
    last_begin = m.begin;
    last_end = m.end;
    const std::string_view secret(text.data() + m.begin, m.end - m.begin);
    std::string message;
    Span span{source.PositionAt(m.begin), source.PositionAt(m.end > m.begin ? m.end - 1 : m.begin)};
    switch (d.check) {
      case secrets::Check::kUrlPassword:
        message = std::string(m.scheme) + " " + std::string(d.label) +
                  " embeds the password of user '" + std::string(m.user) +
                  "': " + Redact(secret, redact_);
        break;
      case secrets::Check::kCurlUser:
        message = std::string(d.label) + " of user '" + std::string(m.user) +
                  "' in plain text: " + Redact(secret, redact_);
        break;
      case secrets::Check::kPrivateKey: {
        const std::string_view header(text.data() + m.match_begin, m.match_end - m.match_begin);
        message = "private key block " + std::string(header.substr(11, header.size() - 16)) +
                  " in plain text: " + Redact(secret, redact_);
        span = Span{source.PositionAt(m.match_begin), source.PositionAt(m.match_end - 1)};
        break;
      }
      default: message = std::string(d.label) + " in plain text: " + Redact(secret, redact_);
    }
    emit.Report(*this, span, std::move(message), EmitExtras{{}, HexHash(Fnv1a(secret)), {}});
  }
}

}  // namespace k8slint::rules
