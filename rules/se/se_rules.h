// Builders for the SE (secrets) rules, one per rule; se_rules.cpp lists them in id order.
#pragma once

#include <memory>
#include <string_view>

#include "linter/core/config.h"
#include "linter/core/rule.h"

namespace k8slint::rules {

// Shared prose of the provider-format rules.
inline constexpr std::string_view kTokenRationale =
    "A credential in a committed file is in every clone, fork, CI log and image layer built "
    "from it, and it stays in the git history after the line is deleted. Bots scan public "
    "pushes for well-known token prefixes within minutes.";
inline constexpr std::string_view kTokenFix =
    "Revoke the credential at the provider first (it is already exposed), remove it from the "
    "file and, if it was pushed, from the history; then inject it at deploy time: a Kubernetes "
    "Secret created outside git, `helm install --set`, an untracked values file, or an "
    "external secret operator.";

std::unique_ptr<Rule> MakeSe001(const Config& c);  // aws-access-key-id
std::unique_ptr<Rule> MakeSe002(const Config& c);  // aws-secret-access-key
std::unique_ptr<Rule> MakeSe003(const Config& c);  // github-token
std::unique_ptr<Rule> MakeSe004(const Config& c);  // gitlab-token
std::unique_ptr<Rule> MakeSe005(const Config& c);  // slack-token
std::unique_ptr<Rule> MakeSe006(const Config& c);  // openai-api-key
std::unique_ptr<Rule> MakeSe007(const Config& c);  // anthropic-api-key
std::unique_ptr<Rule> MakeSe008(const Config& c);  // stripe-live-key
std::unique_ptr<Rule> MakeSe009(const Config& c);  // google-api-key
std::unique_ptr<Rule> MakeSe010(const Config& c);  // npm-access-token
std::unique_ptr<Rule> MakeSe011(const Config& c);  // sendgrid-api-key
std::unique_ptr<Rule> MakeSe012(const Config& c);  // docker-hub-token
std::unique_ptr<Rule> MakeSe013(const Config& c);  // hugging-face-token
std::unique_ptr<Rule> MakeSe014(const Config& c);  // digitalocean-token
std::unique_ptr<Rule> MakeSe015(const Config& c);  // shopify-token
std::unique_ptr<Rule> MakeSe016(const Config& c);  // twilio-api-key
std::unique_ptr<Rule> MakeSe017(const Config& c);  // jwt
std::unique_ptr<Rule> MakeSe018(const Config& c);  // private-key
std::unique_ptr<Rule> MakeSe019(const Config& c);  // azure-storage-account-key
std::unique_ptr<Rule> MakeSe020(const Config& c);  // password-in-database-url
std::unique_ptr<Rule> MakeSe021(const Config& c);  // password-in-url
std::unique_ptr<Rule> MakeSe022(const Config& c);  // secret-named-literal
std::unique_ptr<Rule> MakeSe023(const Config& c);  // kubernetes-secret-literal-data
std::unique_ptr<Rule> MakeSe024(const Config& c);  // committed-env-file
std::unique_ptr<Rule> MakeSe025(const Config& c);  // env-template-real-value

}  // namespace k8slint::rules
