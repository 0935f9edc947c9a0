// SE005 slack-token: a Slack token or incoming webhook URL is committed in plain text.
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
      .id = "SE005",
      .name = "slack-token",
      .level = Level::kError,
      .aliases = {"gitleaks:slack-bot-token", "gitleaks:slack-user-token",
                  "gitleaks:slack-app-token", "gitleaks:slack-config-access-token",
                  "gitleaks:slack-legacy-token", "gitleaks:slack-webhook-url",
                  "gitleaks:slack-legacy-bot-token", "gitleaks:slack-legacy-workspace-token",
                  "gitleaks:slack-config-refresh-token",
                  "secretlint:@secretlint/secretlint-rule-slack"},
      .summary = "A Slack token or incoming webhook URL is committed in plain text",
      .details = "Matches Slack bot (`xoxb-`), user (`xoxp-`, `xoxe-`), app-level (`xapp-`), "
                 "configuration (`xoxe.xoxb-`) and legacy (`xoxa-`, `xoxo-`, `xoxr-`, `xoxs-`) "
                 "tokens, and incoming webhook URLs (`hooks.slack.com/services/...`), which "
                 "let anyone post to the channel.",
      .bad_example = "SLACK_BOT_TOKEN=xoxb-1234567890-1234567890123-K8sLintFakeFUY9lbbIhqLZx\n",
      .good_example = "SLACK_BOT_TOKEN=xoxb-your-token-here\n",
      .security_severity = "8.0",
  };
}

// A token ends at a character that cannot continue it: not `-`, nor `.` and a word
// (`xoxb-...-setup.png` names an image, `xoxo-gossip-girl.jpg` too).
#define K8SLINT_SLACK_END R"((?m:[^\w.-]|\.(?:[^\w]|$)|$))"

// What SE005 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "slack-bot-token",
       .label = "Slack bot token",
       .keywords = {"xoxb-"},
       .pattern =
           R"(\b(xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34}|xoxb-[0-9]{8,14}-[A-Za-z0-9]{18,26}))" K8SLINT_SLACK_END},
      {.variant = "slack-user-token",
       .label = "Slack user token",
       .keywords = {"xoxp-", "xoxe-"},
       .pattern = R"(\b(xox[pe](?:-[0-9]{10,13}){3}-[A-Za-z0-9-]{28,34}))" K8SLINT_SLACK_END},
      {.variant = "slack-app-token",
       .label = "Slack app-level token",
       .keywords = {"xapp-"},
       .pattern = R"(\b(xapp-[0-9]-[A-Z0-9]+-[0-9]+-[a-z0-9]+))" K8SLINT_SLACK_END},
      {.variant = "slack-config-access-token",
       .label = "Slack configuration token",
       .keywords = {"xoxe."},
       .pattern = R"(\b(xoxe\.xox[bp]-[0-9]-[A-Za-z0-9]{163,166}))"},
      {.variant = "slack-config-refresh-token",
       .label = "Slack configuration refresh token",
       .keywords = {"xoxe-"},
       .pattern = R"(\b(xoxe-\d-[A-Z0-9]{146})\b)"},
      // Also gitleaks' slack-legacy-workspace-token (`xoxa-`, `xoxr-`); legacy bot tokens
      // (`xoxb-` + 8-14 digits) are slack-bot-token's shape.
      {.variant = "slack-legacy-token",
       .label = "Slack legacy token",
       .keywords = {"xoxo-", "xoxs-"},
       .pattern = R"(\b(xox[os]-[0-9]+-[0-9]+-[0-9]+-[A-Fa-f0-9]+))" K8SLINT_SLACK_END},
      // `xoxa-`/`xoxr-` + letters and digits: a digit is required, so `xoxo-hugs` and
      // `xoxr-wonderland` in prose or a file name are words.
      {.variant = "slack-legacy-workspace-token",
       .label = "Slack legacy workspace token",
       .keywords = {"xoxa-", "xoxr-"},
       .pattern = R"(\b(xox[ar]-(?:[0-9]-)?[0-9A-Za-z]{8,48}))" K8SLINT_SLACK_END,
       .check = secrets::Check::kMixedToken},
      {.variant = "slack-webhook-url",
       .label = "Slack incoming webhook URL",
       .keywords = {"hooks.slack.com/"},
       .pattern = R"((hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56}))"},
  };
  return kDetectors;
}
#undef K8SLINT_SLACK_END

}  // namespace

Status MakeSE005(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules
