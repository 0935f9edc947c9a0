// Rule documentation rendered from metadata, so `explain`, docs/rules/*.md and SARIF
// help text always agree.
#pragma once

#include <string>

#include "linter/registry.h"
#include "linter/rule.h"

namespace k8slint {

std::string RuleMarkdown(const RuleMeta& meta);       // docs/rules/<ID>.md
std::string RulesIndexMarkdown(const Registry& registry);  // docs/rules/README.md
std::string RuleExplainText(const RuleMeta& meta);    // `k8slint explain`
// A code-fence language for the rule's examples ("dockerfile", "yaml", ...).
std::string ExampleLanguage(const RuleMeta& meta);

}  // namespace k8slint
