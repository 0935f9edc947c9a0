// Provider-format rules for SaaS APIs: Slack, OpenAI, Anthropic, Stripe, SendGrid,
// Shopify, Twilio.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/se/provider_rule.h"

namespace k8slint::rules {
namespace {

// Token formats are certain matches: always errors.
std::unique_ptr<Rule> Make(const Config& c, RuleMeta m) {
  m.level = Level::kError;
  return MakeProviderRule(c, std::move(m), "8.0");
}

}  // namespace

Status MakeSE005(const Config& c, std::unique_ptr<Rule>* out) {
  *out = Make(c, {
      .id = "SE005",
      .name = "slack-token",
      .aliases = {"gitleaks:slack-bot-token", "gitleaks:slack-user-token", "gitleaks:slack-app-token",
                  "gitleaks:slack-config-access-token", "gitleaks:slack-legacy-token",
                  "gitleaks:slack-webhook-url", "secretlint:@secretlint/secretlint-rule-slack"},
      .summary = "A Slack token or incoming webhook URL is committed in plain text",
      .details = "Matches Slack bot (`xoxb-`), user (`xoxp-`, `xoxe-`), app-level (`xapp-`), "
                 "configuration (`xoxe.xoxb-`) and legacy (`xoxa-`, `xoxo-`, `xoxr-`, `xoxs-`) "
                 "tokens, and incoming webhook URLs (`hooks.slack.com/services/...`), which "
                 "let anyone post to the channel.",
      .bad_example = "SLACK_BOT_TOKEN=xoxb-1234567890-1234567890123-K8sLintFakeFUY9lbbIhqLZx\n",
      .good_example = "SLACK_BOT_TOKEN=xoxb-your-token-here\n",
  });
  return Status::Ok();
}

Status MakeSE006(const Config& c, std::unique_ptr<Rule>* out) {
  *out = Make(c, {
      .id = "SE006",
      .name = "openai-api-key",
      .aliases = {"gitleaks:openai-api-key", "secretlint:@secretlint/secretlint-rule-openai"},
      .summary = "An OpenAI API key is committed in plain text",
      .details = "Matches project, service-account and admin keys (`sk-proj-`, `sk-svcacct-`, "
                 "`sk-admin-` followed by 40 or more URL-safe characters) and legacy keys "
                 "(`sk-` + 20 + `T3BlbkFJ` + 20). `sk-...` and `sk-proj-REPLACE_ME` are "
                 "placeholders.",
      .bad_example = "OPENAI_API_KEY=sk-proj-K8sLintFakeyG5QG01-I89-sW_N7PUuWIOY-uLa5hxdoVU_hytIb2-"
                     "j8DmVUsFOsemnf97idqkT3BlbkFJK8sLintFakeuH5_cry4945J9iLUKUekJJJ834VekFEewRVegA3Rj\n",
      .good_example = "OPENAI_API_KEY=sk-...\n",
  });
  return Status::Ok();
}

Status MakeSE007(const Config& c, std::unique_ptr<Rule>* out) {
  *out = Make(c, {
      .id = "SE007",
      .name = "anthropic-api-key",
      .aliases = {"gitleaks:anthropic-api-key", "gitleaks:anthropic-admin-api-key",
                  "secretlint:@secretlint/secretlint-rule-anthropic"},
      .summary = "An Anthropic API key is committed in plain text",
      .details = "Matches Anthropic API and admin keys: `sk-ant-` and a kind with a two-digit "
                 "version (`api03`, `admin01`), then 80 or more URL-safe characters.",
      .bad_example = "ANTHROPIC_API_KEY=sk-ant-api03-K8sLintFakeOEaXyPW4bYrDVIxtvrXjhbf8homVehC0CLl8jhv4"
                     "powgd2KG4DzBJbGQleUUoCdUR3gSrdbRi-a7HlIDqqAA\n",
      .good_example = "ANTHROPIC_API_KEY=\n",
  });
  return Status::Ok();
}

Status MakeSE008(const Config& c, std::unique_ptr<Rule>* out) {
  *out = Make(c, {
      .id = "SE008",
      .name = "stripe-live-key",
      .aliases = {"gitleaks:stripe-access-token"},
      .summary = "A Stripe live secret or restricted key is committed in plain text",
      .details = "Matches Stripe secret and restricted keys for live mode (`sk_live_`, "
                 "`rk_live_`, and the `_prod_` forms). Test-mode keys (`sk_test_`) move no "
                 "money and are left alone, unlike gitleaks; publishable keys (`pk_`) are public "
                 "by design.",
      .bad_example = "STRIPE_SECRET_KEY=sk_live_K8sLintFakeAIlpQyMBKHO1E\n",
      .good_example = "STRIPE_SECRET_KEY=sk_test_K8sLintFakeAIlpQyMBKHO1E\n",
  });
  return Status::Ok();
}

Status MakeSE011(const Config& c, std::unique_ptr<Rule>* out) {
  *out = Make(c, {
      .id = "SE011",
      .name = "sendgrid-api-key",
      .aliases = {"gitleaks:sendgrid-api-token", "secretlint:@secretlint/secretlint-rule-sendgrid"},
      .summary = "A SendGrid API key is committed in plain text",
      .details = "Matches `SG.` + 22 + `.` + 43 URL-safe characters, the SendGrid API key "
                 "shape.",
      .bad_example = "SENDGRID_API_KEY=SG.K8sLintFakeDlyW0qsg-UQ.K8sLintFakeXIiHqfotollpBSRuFwxCq96or6zVsQHi\n",
      .good_example = "SENDGRID_API_KEY=${SENDGRID_API_KEY}\n",
  });
  return Status::Ok();
}

Status MakeSE015(const Config& c, std::unique_ptr<Rule>* out) {
  *out = Make(c, {
      .id = "SE015",
      .name = "shopify-token",
      .aliases = {"gitleaks:shopify-access-token", "gitleaks:shopify-custom-access-token",
                  "gitleaks:shopify-private-app-access-token", "gitleaks:shopify-shared-secret"},
      .summary = "A Shopify access token or shared secret is committed in plain text",
      .details = "Matches Shopify admin (`shpat_`), custom app (`shpca_`), private app "
                 "(`shppa_`) access tokens and shared secrets (`shpss_`), each + 32 hex digits.",
      .bad_example = "SHOPIFY_ACCESS_TOKEN=shpat_0123456789abcdef0123456789abcdef\n",
      .good_example = "SHOPIFY_ACCESS_TOKEN=\n",
  });
  return Status::Ok();
}

Status MakeSE016(const Config& c, std::unique_ptr<Rule>* out) {
  *out = Make(c, {
      .id = "SE016",
      .name = "twilio-api-key",
      .aliases = {"gitleaks:twilio-api-key"},
      .summary = "A Twilio API key is committed in plain text",
      .details = "Matches `SK` followed by 32 hex digits as a whole word, the Twilio API key "
                 "sid shape (its secret is usually next to it).",
      .bad_example = "TWILIO_API_KEY=SK0123456789abcdef0123456789abcdef\n",
      .good_example = "TWILIO_API_KEY=\n",
  });
  return Status::Ok();
}

}  // namespace k8slint::rules
