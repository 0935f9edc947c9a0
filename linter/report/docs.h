// Rule documentation rendered from metadata, so `explain`, docs/rules/*.md and SARIF
// help text always agree.
#pragma once

#include <string>
#include <vector>

#include "linter/core/registry.h"
#include "linter/core/rule.h"

namespace k8slint {

std::string RuleMarkdown(const RuleMeta& meta);            // docs/rules/<ID>.md
std::string RulesIndexMarkdown(const Registry& registry);  // docs/rules/README.md
std::string RuleExplainText(const RuleMeta& meta);         // `k8slint explain`

// A hand-written page of docs/, listed on docs/index.md.
struct DocGuide {
  std::string file;  // relative to docs/
  std::string title;
  std::string summary;
};
const std::vector<DocGuide>& DocGuides();
// docs/index.md: the guides, then every rule linked at `<rules_dir>/<ID>.md`.
std::string DocsIndexMarkdown(const Registry& registry, const std::string& rules_dir = "rules");
// A code-fence language for the rule's examples ("dockerfile", "yaml", ...).
std::string ExampleLanguage(const RuleMeta& meta);

}  // namespace k8slint
