#include "linter/cli/app.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "linter/cli/commands.h"
#include "linter/discovery.h"
#include "linter/engine.h"
#include "linter/git.h"
#include "linter/report/report.h"

namespace k8slint::cli {
namespace {

namespace fs = std::filesystem;

struct Options {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::string type;
  std::vector<std::string> enable, disable;
  std::string fail_on = "warning";
  bool no_redact = false;
  int jobs = 0;
  uint64_t max_file_size = 64ull << 20;
  std::string powershell_target;
  std::string shell_fences;
};

std::vector<std::string> SplitCommas(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& v : values) {
    std::stringstream ss(v);
    for (std::string item; std::getline(ss, item, ',');)
      if (!item.empty()) out.push_back(item);
  }
  return out;
}

// URIs relative to the git work tree (or the current folder outside a repository).
std::function<std::string(const std::string&)> UriMapper(const std::string& base) {
  return [base](const std::string& path) -> std::string {
    if (path == "-") return "stdin";
    std::error_code ec;
    const fs::path abs = fs::absolute(path, ec).lexically_normal();
    const fs::path rel = abs.lexically_relative(base);
    if (!rel.empty() && rel.native().rfind("..", 0) != 0) return rel.generic_string();
    return "file://" + abs.generic_string();
  };
}

int Lint(const Options& opt) {
  Config config;
  config.enable = SplitCommas(opt.enable);
  config.disable = SplitCommas(opt.disable);
  config.redact = !opt.no_redact;
  config.max_file_bytes = opt.max_file_size;
  if (!opt.powershell_target.empty()) config.settings["powershell-target"] = opt.powershell_target;
  if (!opt.shell_fences.empty()) config.settings["shell-fences"] = opt.shell_fences;
  std::optional<InputKind> forced;
  if (!opt.type.empty()) forced = ParseKind(opt.type);

  std::unique_ptr<Registry> registry;
  if (Status s = Registry::Build(config, &registry); !s.ok()) {
    std::cerr << "k8slint: " << s.message() << "\n";
    return 2;
  }
  const std::vector<std::string> paths = opt.paths.empty() ? std::vector<std::string>{"."} : opt.paths;
  std::unique_ptr<GitRepo> git = GitRepo::Discover(paths.front() == "-" ? "." : paths.front());
  DiskFileSystem disk;
  DiscoveryResult inputs;
  if (Status s = Discover(disk, git.get(), paths, forced, config, &inputs); !s.ok()) {
    std::cerr << "k8slint: " << s.message() << "\n";
    return 2;
  }
  const int jobs = opt.jobs > 0 ? opt.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  Engine engine(*registry, config, git.get());
  const std::vector<Finding> findings = engine.Lint(disk, inputs, jobs);

  std::ofstream file;
  if (!opt.output.empty()) {
    file.open(opt.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "k8slint: " << opt.output << ": cannot write the report\n";
      return 2;
    }
  }
  std::ostream& out = opt.output.empty() ? std::cout : file;
  std::error_code ec;
  const std::string base = git ? fs::path(git->workdir()).lexically_normal().string()
                               : fs::current_path(ec).string();
  report::ReportContext ctx{*registry, findings, inputs.files.size()};
  ctx.color = opt.output.empty() && opt.format == "text" && ::isatty(STDOUT_FILENO) &&
              std::getenv("NO_COLOR") == nullptr;
  ctx.uri = UriMapper(fs::path(base).lexically_normal().string());
  std::string root = fs::path(base).generic_string();
  if (root.empty() || root.back() != '/') root += '/';
  ctx.root_uri = "file://" + root;
  if (opt.format == "sarif") report::WriteSarif(out, ctx);
  else if (opt.format == "json") report::WriteJson(out, ctx);
  else if (opt.format == "github") report::WriteGithub(out, ctx);
  else report::WriteText(out, ctx);
  out.flush();
  if (!out) {
    std::cerr << "k8slint: cannot write the report\n";
    return 2;
  }

  if (opt.fail_on == "never") return 0;
  const Level threshold = *ParseLevel(opt.fail_on);
  for (const Finding& f : findings)
    if (f.level >= threshold) return 1;
  return 0;
}

}  // namespace

int Run(int argc, char** argv) {
  CLI::App app{"k8slint: static validation and policy linter for Dockerfiles, Helm charts, "
               "Kubernetes manifests, .env files and PowerShell commands",
               "k8slint"};
  app.set_version_flag("--version", std::string("k8slint ") + K8SLINT_VERSION);
  Options opt;
  app.add_option("paths", opt.paths, "Files and folders to lint (default \".\"; \"-\" is stdin)");
  app.add_option("-f,--format", opt.format, "Report format")
      ->check(CLI::IsMember({"text", "sarif", "json", "github"}));
  app.add_option("-o,--output", opt.output, "Write the report to FILE instead of stdout");
  app.add_option("-t,--type", opt.type, "Force the input kind (required for stdin)")
      ->check(CLI::IsMember({"dockerfile", "manifest", "values", "chart", "env", "powershell", "markdown"}));
  // One value per occurrence, so `--disable NR001 -` keeps "-" as the stdin path.
  app.add_option("--enable", opt.enable, "Enable rules (id, name, alias or family), comma-separated")
      ->expected(1)->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--disable", opt.disable, "Disable rules (id, name, alias or family), comma-separated")
      ->expected(1)->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--fail-on", opt.fail_on, "Exit 1 when a finding is at or above this level")
      ->check(CLI::IsMember({"error", "warning", "note", "never"}));
  app.add_flag("--no-redact", opt.no_redact, "Show secret values in reports (local debugging only)");
  app.add_option("-j,--jobs", opt.jobs, "Parallel workers (default: all cores)")->check(CLI::PositiveNumber);
  app.add_option("--max-file-size", opt.max_file_size, "Skip files larger than BYTES, with a note")
      ->check(CLI::PositiveNumber);

  app.add_option("--powershell-target", opt.powershell_target,
                 "PowerShell edition the PS rules check for: 5.1 (default) or 7");
  app.add_option("--shell-fences", opt.shell_fences,
                 "Also check these markdown fence languages as PowerShell (e.g. bash,sh,console)");

  RulesOptions rules_opt;
  CLI::App* rules = app.add_subcommand("rules", "List every rule (id, name, level, aliases)");
  rules->add_option("-f,--format", rules_opt.format, "text, json or markdown")
      ->check(CLI::IsMember({"text", "json", "markdown"}));
  rules->add_option("-o,--output", rules_opt.output,
                    "markdown: folder for one page per rule plus README.md");
  std::string explain_rule;
  CLI::App* explain = app.add_subcommand("explain", "Show a rule's full documentation");
  explain->add_option("rule", explain_rule, "Rule id, name or alias")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (rules->parsed()) return ListRules(rules_opt);
  if (explain->parsed()) return ExplainRule(explain_rule);
  return Lint(opt);
}

}  // namespace k8slint::cli
