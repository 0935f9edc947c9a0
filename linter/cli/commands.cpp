#include "linter/cli/commands.h"
#include "linter/cli/output.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "linter/report/docs.h"
#include "linter/core/registry.h"
#include "rules/registry.h"

namespace k8slint::cli {
namespace {

std::unique_ptr<Registry> Rules() {
  std::unique_ptr<Registry> registry;
  Config config;
  Status s = BuildRegistry(config, &registry);
  if (!s.ok()) Error(s.message());
  return registry;
}

bool WriteFile(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  return static_cast<bool>(out);
}

}  // namespace

int ListRules(const RulesOptions& opt) {
  auto registry = Rules();
  if (!registry) return 2;
  if (opt.format == "markdown") {
    if (opt.output.empty()) {
      std::cout << RulesIndexMarkdown(*registry);
      return 0;
    }
    std::error_code ec;
    std::filesystem::create_directories(opt.output, ec);
    bool ok =
        WriteFile(std::filesystem::path(opt.output) / "README.md", RulesIndexMarkdown(*registry));
    for (const auto& r : registry->rules())
      ok = ok && WriteFile(std::filesystem::path(opt.output) / (std::string(r->meta().id) + ".md"),
                           RuleMarkdown(r->meta()));
    if (!ok) {
      Error(opt.output + ": cannot write the rule pages");
      return 2;
    }
    if (!opt.index.empty()) {
      // Links from the index to the pages, relative to the index's folder.
      const std::filesystem::path index(opt.index);
      const std::filesystem::path from = index.has_parent_path() ? index.parent_path() : ".";
      const std::string rules_dir =
          std::filesystem::path(opt.output).lexically_relative(from).generic_string();
      if (!WriteFile(index, DocsIndexMarkdown(*registry, rules_dir.empty() ? "." : rules_dir))) {
        Error(opt.index + ": cannot write the index");
        return 2;
      }
    }
    return 0;
  }
  if (opt.format == "json") {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& r : registry->rules()) {
      const RuleMeta& m = r->meta();
      list.push_back({{"id", m.id},
                      {"name", m.name},
                      {"level", LevelName(m.level)},
                      {"aliases", m.aliases},
                      {"summary", m.summary},
                      {"status", m.status},
                      {"enabled", registry->enabled(*r)}});
    }
    std::cout << list.dump(2) << "\n";
    return 0;
  }
  for (const auto& r : registry->rules()) {
    const RuleMeta& m = r->meta();
    std::cout << m.id << "  " << m.name << "  " << LevelName(m.level);
    if (!m.aliases.empty()) {
      std::cout << "  (";
      for (size_t i = 0; i < m.aliases.size(); ++i) std::cout << (i ? ", " : "") << m.aliases[i];
      std::cout << ")";
    }
    std::cout << "\n    " << m.summary << "\n";
  }
  return 0;
}

int ExplainRule(const std::string& rule) {
  auto registry = Rules();
  if (!registry) return 2;
  auto found = registry->Resolve(rule);
  if (found.empty()) {
    Error("unknown rule '" + rule + "' (see `k8slint rules`)");
    return 2;
  }
  for (size_t i = 0; i < found.size(); ++i)
    std::cout << (i ? "\n" : "") << RuleExplainText(found[i]->meta());
  return 0;
}

}  // namespace k8slint::cli
